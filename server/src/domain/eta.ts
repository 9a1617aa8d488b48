// What a service is taken to last before the day has measured any.

export const DEFAULT_SERVICE_SECONDS = 300;
