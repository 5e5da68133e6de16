import { userEvent, within } from 'storybook/test'

/** Fills `create-contact`'s required fields and presses the run button (named `runLabel`). */
export async function fillContactAndRun(canvasElement: HTMLElement, email: string, runLabel = 'Run') {
  const canvas = within(canvasElement)
  await userEvent.type(await canvas.findByRole('textbox', { name: /Email|E-Mail/ }), email)
  await userEvent.type(canvas.getByRole('textbox', { name: /First name|Vorname/ }), 'Ada')
  await userEvent.click(canvas.getByRole('button', { name: runLabel }))
}
