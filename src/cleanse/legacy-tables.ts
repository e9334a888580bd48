/**
 * The two legacy Vietnamese 8-bit encodings still found in government files,
 * as fixed data (standards, not vocabulary). Code points are the bytes read as
 * Windows-1252/Latin-1, which is how Word and browsers store text in these fonts.
 */

/**
 * TCVN 5712:1993 (TCVN3, "ABC"; fonts .VnTime, .VnArial …): the characters for
 * bytes 0xA1–0xFF in order. 0xB0–0xB4 are combining tone marks.
 */
export const TCVN3_HIGH =
  'ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

/**
 * VNI Windows (fonts VNI-Times …): a base letter followed by mark bytes. Each
 * entry is the VNI spelling followed by its Unicode letter (the last character).
 */
export const VNI_ENTRIES = `
aøà aùá aûả aõã aïạ aââ aàầ aáấ aåẩ aãẫ aäậ aêă aèằ aéắ aúẳ aüẵ aëặ
ñđ eøè eùé eûẻ eõẽ eïẹ eâê eàề eáế eåể eãễ eäệ ìì íí æỉ óĩ òị
oøò oùó oûỏ oõõ oïọ oâô oàồ oáố oåổ oãỗ oäộ ôơ ôøờ ôùớ ôûở ôõỡ ôïợ
uøù uùú uûủ uõũ uïụ öư öøừ öùứ öûử öõữ öïự yøỳ yùý yûỷ yõỹ îỵ AØÀ
AÙÁ AÛẢ AÕÃ AÏẠ AÂÂ AÀẦ AÁẤ AÅẨ AÃẪ AÄẬ AÊĂ AÈẰ AÉẮ AÚẲ AÜẴ AËẶ ÑĐ
EØÈ EÙÉ EÛẺ EÕẼ EÏẸ EÂÊ EÀỀ EÁẾ EÅỂ EÃỄ EÄỆ ÌÌ ÍÍ ÆỈ ÓĨ ÒỊ OØÒ
OÙÓ OÛỎ OÕÕ OÏỌ OÂÔ OÀỒ OÁỐ OÅỔ OÃỖ OÄỘ ÔƠ ÔØỜ ÔÙỚ ÔÛỞ ÔÕỠ ÔÏỢ UØÙ
UÙÚ UÛỦ UÕŨ UÏỤ ÖƯ ÖØỪ ÖÙỨ ÖÛỬ ÖÕỮ ÖÏỰ YØỲ YÙÝ YÛỶ YÕỸ ÎỴ
`.trim().split(/\s+/u);

/** Words nearly every Vietnamese administrative text uses: the test of which decoding reads right. */
export const COMMON_WORDS = [
  'của', 'và', 'các', 'được', 'trong', 'thực', 'hiện', 'người', 'không', 'những', 'với', 'này', 'đã',
  'năm', 'theo', 'về', 'cho', 'có', 'là', 'để', 'tại', 'việc', 'đến', 'hành', 'nhân', 'dân', 'quyết', 'định',
];
