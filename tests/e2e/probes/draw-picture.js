// Draws pictures in child mode for the probes here, as a child filling the pad would.
import { expect } from '../specs/fixtures.js';

/** "Draw a picture", a scribble across the whole pad, "I have finished", a title. */
export async function drawPicture(page, title) {
  await page.getByRole('button', { name: 'Draw a picture' }).first().click();
  const canvas = page.locator('canvas');
  await expect(canvas).toBeVisible();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.mouse.down();
  for (let i = 0; i < 12; i += 1) {
    const x = box.x + 10 + ((i % 2) * (box.width - 20));
    await page.mouse.move(x, box.y + 10 + (i * (box.height - 20)) / 11, { steps: 6 });
  }
  await page.mouse.up();
  await page.getByRole('button', { name: 'I have finished my drawing' }).click();
  await page.getByLabel('What is your drawing called?').fill(title);
  await expect(page.getByRole('img', { name: title })).toBeVisible();
}

/** On "Three houses", a picture each in the house of dreams and of good things, then "Done". */
export async function drawInTwoHouses(page) {
  await page.getByRole('link', { name: /Three houses/ }).click();
  await page.getByRole('button', { name: 'House of dreams' }).click();
  await drawPicture(page, 'My dream house');
  await page.getByRole('button', { name: 'House of good things' }).click();
  await drawPicture(page, 'My good things');
  await page.getByRole('link', { name: /Done/ }).click();
}
