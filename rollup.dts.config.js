// Bundles the declarations into one `.d.ts` per entry, so they resolve under every `moduleResolution`
// (`bundler`, `node16`, `nodenext`): no extensionless relative import is left in `dist`.
import { dts } from 'rollup-plugin-dts'

export default {
  input: {
    index: 'src/index.ts',
    components: 'src/components/index.ts',
    testing: 'src/testing/index.ts',
    tools: 'src/tools/index.ts',
  },
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: '[name]-[hash].d.ts' },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('src/'),
  plugins: [dts({ tsconfig: 'tsconfig.build.json' })],
}
