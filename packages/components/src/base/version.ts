/** The version of @druk/components this module belongs to (a unit test keeps it equal to package.json's). */
export const VERSION = '0.1.0';
