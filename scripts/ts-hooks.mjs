/**
 * Lets plain Node 24 run the app's TypeScript sources (types are stripped by Node itself): the
 * sources import each other with '.js' names that exist only as '.ts' files before a build.
 */
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, next) {
		try {
			return next(specifier, context);
		} catch (error) {
			if (error?.code === 'ERR_MODULE_NOT_FOUND' && specifier.endsWith('.js'))
				return next(`${specifier.slice(0, -3)}.ts`, context);
			throw error;
		}
	}
});
