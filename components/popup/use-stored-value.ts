import { useEffect, useState } from 'react';

/** A storage item the popup can read and follow. */
interface WatchableItem<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

/** The current value of a storage item, updated when any page changes it; undefined while loading. */
export function useStoredValue<T>(item: WatchableItem<T>, parse: (raw: unknown) => T): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let alive = true;
    item.getValue().then((v) => alive && setValue(parse(v)));
    const unwatch = item.watch((v) => setValue(parse(v)));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item, parse]);
  return value;
}
