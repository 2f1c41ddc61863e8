// Bundles the add-on (src/addon/index.ts) into dist/Code.js for the Apps Script V8 runtime.
// gas-webpack-plugin turns every `global.name = fn` assignment into a top-level
// `function name() {}` stub, which Apps Script needs to find triggers and callbacks.
const path = require('node:path');
const CopyPlugin = require('copy-webpack-plugin');
const GasPlugin = require('gas-webpack-plugin');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/addon/index.ts',
  devtool: false,
  target: ['web', 'es2020'],
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: 'Code.js',
    // dist/workbench and dist/backend hold the page's and the backend's builds, not the add-on's.
    clean: { keep: /^(workbench|backend)\// },
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'esbuild-loader',
        options: { loader: 'ts', target: 'es2020' },
      },
    ],
  },
  optimization: {
    // Minified names make Apps Script execution logs unreadable; the bundle is small anyway.
    minimize: false,
    usedExports: false,
  },
  performance: { hints: false },
  plugins: [
    new GasPlugin({ comment: false }),
    new CopyPlugin({ patterns: [{ from: 'appsscript.json', to: 'appsscript.json' }] }),
  ],
};
