export function serverArgs(): string[];
