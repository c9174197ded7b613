/**
 * A framework's id: a lowercase slug such as "aspnet-core". Plain, with no
 * schema library, so the content script can import it too.
 */
export const FRAMEWORK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
