/**
 * The shapes a mixed-integer model travels in to HiGHS (src/lib/server/highs): plain arrays,
 * shared by every model the application builds (the renovation planner, team rotas).
 */

/** A sparse linear expression: parallel arrays of column indices and coefficients. */
export interface Terms {
	indices: number[];
	values: number[];
}

/** Rows in compressed sparse row form, as HiGHS takes them. */
export interface Rows {
	lower: number[];
	upper: number[];
	starts: number[];
	indices: number[];
	values: number[];
}

/** Appends rows one at a time to a compressed sparse row block. */
export class RowBuilder implements Rows {
	lower: number[] = [];
	upper: number[] = [];
	starts: number[] = [0];
	indices: number[] = [];
	values: number[] = [];

	add(terms: Terms, lower: number, upper: number): void {
		this.indices.push(...terms.indices);
		this.values.push(...terms.values);
		this.starts.push(this.indices.length);
		this.lower.push(lower);
		this.upper.push(upper);
	}
}

/** The value of a linear expression at a point. */
export const termsValue = (terms: Terms, x: ArrayLike<number>): number =>
	terms.indices.reduce((s, c, k) => s + terms.values[k]! * x[c]!, 0);
