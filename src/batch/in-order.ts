/** Releases values that arrive in any order to a handler in index order (0, 1, 2, …), each as soon as all before it are in. */
export function inOrder<T>(handle: (index: number, value: T) => void): (index: number, value: T) => void {
  const waiting = new Map<number, T>();
  let next = 0;
  return (index, value) => {
    waiting.set(index, value);
    while (waiting.has(next)) {
      const ready = waiting.get(next) as T;
      waiting.delete(next);
      handle(next++, ready);
    }
  };
}
