// webpack 5 through its Node API, as a portal's build script would call it: plain JavaScript, no loaders.
import { resolve } from 'node:path';
import webpack from 'webpack';

const compiler = webpack({
  mode: 'production',
  entry: './main.js',
  output: { path: resolve('dist-webpack'), filename: 'main.js' },
  performance: { hints: false },
});
compiler.run((error, stats) => {
  if (error || stats.hasErrors()) {
    console.error(error ?? stats.toString('errors-only'));
    process.exitCode = 1;
  }
  compiler.close(() => {});
});
