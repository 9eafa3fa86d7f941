/**
 * An answer form's values: a name sent once is a string, a name sent several times (ticked
 * checkboxes) a list. Which names are lists depends on the consultation's questions, so they are
 * not declared up front as formValuesWithLists needs.
 */
export async function answerValues(request: Request): Promise<Record<string, string | string[]>> {
	const data = await request.formData();
	const values: Record<string, string | string[]> = {};
	for (const name of new Set(data.keys())) {
		const all = data.getAll(name).filter((v): v is string => typeof v === 'string');
		values[name] = all.length === 1 ? all[0]! : all;
	}
	return values;
}
