/** The passphrase the specs and the WebDriver journeys set; long enough and on no common list. */
export const PASSPHRASE = 'kettle violet harbour 42';
