export const GROUPS: Record<string, string[]>;
export const OUTPUT_DIR: string;
export function sourceKeys(root?: string): string[];
export function render(keys: string[]): { file: string; text: string }[];
