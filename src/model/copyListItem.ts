/**
 * A copy of a list item as it is now, under a new id; its title (when it has one) says it is a copy.
 * List items hold no lists of their own, so the item's id is the only one to renew.
 */
export function copyListItem<Item extends { id: string }>(
  item: Item,
  copyId: string,
  titleKey: string,
): Item {
  const title = (item as Record<string, unknown>)[titleKey];
  return typeof title === 'string' && title !== ''
    ? { ...item, id: copyId, [titleKey]: `${title} (copy)` }
    : { ...item, id: copyId };
}
