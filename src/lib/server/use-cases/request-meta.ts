/** What a use case knows of the request that carries it. */
export interface RequestMeta {
	/** The request's headers: Better Auth reads the session and two-factor cookies from them. */
	headers: Headers;
	/** The client's address, for rate limits. */
	ip: string;
}
