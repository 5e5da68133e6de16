/// <reference types="node" />
// The package's bin: `react-action-instances typegen ...`.
import { runTypegen, TYPEGEN_USAGE } from './runTypegen'

const [command, ...args] = process.argv.slice(2)
const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) }
if (command === 'typegen') {
  process.exitCode = await runTypegen(args, io)
} else {
  io.err(command === undefined ? TYPEGEN_USAGE : `Unknown command "${command}".\n${TYPEGEN_USAGE}`)
  process.exitCode = 2
}
