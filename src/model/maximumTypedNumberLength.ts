/**
 * The longest text a number field keeps as typed (`report.typedNumbers`). The field refuses longer
 * text as it is typed or pasted and says so; the report schema allows exactly this much, so
 * whatever a field took is read back on every load.
 */
export const maximumTypedNumberLength = 10_000;
