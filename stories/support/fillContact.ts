import { userEvent, within } from 'storybook/test'

/** Fills `create-contact`'s required fields and presses the run button, named `runLabel` (the labels' `runButton`). */
export async function fillContactAndRun(canvasElement: HTMLElement, email: string, runLabel: string) {
  const canvas = within(canvasElement)
  await userEvent.type(await canvas.findByRole('textbox', { name: /Email/ }), email)
  await userEvent.type(canvas.getByRole('textbox', { name: /First name/ }), 'Ada')
  await userEvent.click(canvas.getByRole('button', { name: runLabel }))
}
