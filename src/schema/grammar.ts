/**
 * zod schemas of the grammar files in grammars/<lang>/. Each file is one concern;
 * the file name picks its schema. Every pattern carries examples (must match) and
 * counter-examples (must not match), checked by test/grammar.test.ts.
 */
import * as z from 'zod';
import { documentKindSchema } from './output.js';

const example = z.union([
  z.string(),
  z.object({ text: z.string(), captures: z.record(z.string(), z.string()).optional() }).strict(),
]);

/** An example's text, whether written alone or with the captures it must give. */
export const exampleText = (e: z.infer<typeof example>): string => (typeof e === 'string' ? e : e.text);

/** A regular expression with the evidence that it does what it says. */
export const patternSchema = z
  .object({
    pattern: z.string().min(1),
    caseSensitive: z.boolean().optional(),
    examples: z.array(example).min(1),
    counterExamples: z.array(z.string()).optional(),
  })
  .strict();

const word = z.string().min(1);

export const grammarFileSchemas = {
  'headings.yaml': z
    .object({
      schemes: z.array(
        patternSchema.extend({
          name: z.enum(['chapter', 'section', 'article', 'part', 'roman', 'arabic', 'dotted', 'lower', 'dash', 'plus', 'star', 'paren']),
        }),
      ),
      /** Item labels run into a paragraph after a clause ("… gồm: (1) Chủ trì …; (2) …"); `label` is the item's number or letter. */
      runIn: z.array(patternSchema).optional(),
    })
    .strict(),
  'fields.yaml': z
    .object({
      fields: z.array(
        patternSchema.extend({
          key: z.enum(['label', 'content', 'products', 'lead', 'coordinators', 'timeline', 'budget', 'note', 'target']),
        }),
      ),
    })
    .strict(),
  'sections.yaml': z
    .object({
      classes: z.array(
        patternSchema.extend({
          class: z.enum(['work', 'target', 'purpose', 'status', 'responsibility', 'budget', 'other']),
        }),
      ),
    })
    .strict(),
  'document-kinds.yaml': z
    .object({
      kinds: z.array(
        z
          .object({
            slug: documentKindSchema,
            label: word,
            codes: z.array(word).optional(),
            /** Kinds a document cites but that never head a document parcli reads (Hiến pháp, Bộ luật). */
            citedOnly: z.boolean().optional(),
            /** Kinds that lay down legal norms: their khoản and điểm are rules, not work. */
            normative: z.boolean().optional(),
            /** Kinds that record what happened (a meeting's biên bản): their items are what was said and done, not work. */
            record: z.boolean().optional(),
            /** Kinds cited by name without a number ("Luật Đất đai"). */
            titled: z.boolean().optional(),
          })
          .strict(),
      ),
      /** Words that end a document cited by its title ("Luật Việc làm trên địa bàn …", "… với …"). */
      titleEnds: z.array(word).default([]),
      /** Words after a kind that say what sort of document it is, not which: "Luật chuyên ngành". */
      notTitles: z.array(word).default([]),
    })
    .strict(),
  'agencies.yaml': z
    .object({
      abbreviations: z.array(z.object({ abbr: word, expansion: word }).strict()),
      headNouns: z.array(word),
      namedHeadNouns: z.array(word),
      /** Units named by a code alone ("C04:", "V01 chủ trì …"), as the police and the army write their departments. */
      codedUnits: z.array(patternSchema).default([]),
      pluralBodies: z.array(word),
      fixedPhrases: z.array(word),
      descriptionStarts: z.array(word),
      /** `term`: the code carries the legislature's number ("QH15", "UBTVQH15"); other codes take no digits. */
      issuerCodes: z.array(z.object({ code: word, issuer: word, term: z.boolean().optional() }).strict()),
      /** Field names as written inside a body's name ("Giáo dục và Đào tạo"): the casing a name typed in capitals gets back. */
      properNames: z.array(word).default([]),
      /** Provinces and cities by their names, to mend a scan's misread tone marks after "tỉnh" / "thành phố" ("Lâm Đòng"). */
      places: z.array(word).default([]),
    })
    .strict(),
  'time.yaml': z
    .object({
      recurrence: z.array(patternSchema.extend({ value: z.enum(['continuous', 'monthly', 'quarterly', 'semiannual', 'annual', 'periodic']) })),
      wholeYear: z.array(patternSchema),
      openEnded: z.array(patternSchema),
      /** Tested on the text just before a period: a match makes the period a start only ("Từ quý II/2027"). */
      startMarkers: z.array(patternSchema),
      /** Tested where a clause of an item's line starts: a match is the item's deadline in prose. */
      deadlineClauses: z.array(patternSchema).default([]),
      /** Tested on the text after a day or month written without its year: a match means no one year ("hằng năm"). */
      relativeYears: z.array(patternSchema).default([]),
      /** A deadline written inside a task's own sentence ("… đến năm 2030 đạt 30% …"): the phrase is its timeline. */
      deadlinePhrases: z.array(patternSchema).default([]),
      /** A table row of nothing but one of these is a group row: "Tháng 01/2025", "Quý II". */
      periodTitles: z.array(patternSchema).default([]),
    })
    .strict(),
  'roles.yaml': z
    .object({
      /** A verb that hands work to the body named after it: "Giao …", "Đề nghị …". */
      assigning: patternSchema,
      /** A clause before the body: what its duty rests on or when it starts ("Căn cứ Kế hoạch này, …", "Sau khi …, …"). */
      leadingClause: patternSchema,
      /** Where a body's duty starts after its name: "Bộ Xây dựng| chỉ đạo …". */
      dutyStart: patternSchema,
      /** A person named with an honorific, then a post: a member listed, no work. */
      person: patternSchema,
    })
    .strict(),
  'text.yaml': z
    .object({
      nonFinalWords: z.array(word),
      actionVerbs: z.array(word),
      productNouns: z.array(word),
    })
    .strict(),
  'header.yaml': z
    .object({
      patterns: z.array(
        patternSchema.extend({
          name: z.enum([
            'motto', 'number', 'placeDate', 'recipients', 'signaturePrefix', 'legalBasis', 'proposal', 'implementing',
            'enacting', 'enactingClause', 'article', 'attachmentNote', 'appendix', 'appendixStart', 'appendixPointer', 'closing', 'authority', 'addressee', 'subject',
            'consolidation', 'issues', 'gazetteSection',
          ]),
        }),
      ),
    })
    .strict(),
} as const;

export type GrammarFileName = keyof typeof grammarFileSchemas;
export type GrammarFiles = { [K in GrammarFileName]: z.infer<(typeof grammarFileSchemas)[K]> };
export type PatternSpec = z.infer<typeof patternSchema>;
