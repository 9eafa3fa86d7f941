/**
 * QR codes for posters, drawn on the server: SVG for the web page (crisp at any print size,
 * no image request) and the module matrix for the PDF, where the squares are drawn as vectors.
 * Error correction M (15 %) survives a folded corner or a bit of dirt on a hall's notice board
 * without making the code too dense; the quiet zone is the standard four modules.
 */
import QRCode from 'qrcode';

const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;
export const QR_QUIET_ZONE = OPTIONS.margin;

export async function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { ...OPTIONS, type: 'svg', color: { dark: '#000000', light: '#ffffff' } });
}

/** The dark modules, row by row, without the quiet zone (the caller leaves it white). */
export function qrModules(text: string): { size: number; dark: (row: number, col: number) => boolean } {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel });
	return { size: modules.size, dark: (row, col) => Boolean(modules.get(row, col)) };
}
