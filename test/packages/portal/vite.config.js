export default { build: { outDir: 'dist-vite' } };
