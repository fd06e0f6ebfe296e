// Prints the Dzongkha review worksheet as Markdown: node packages/locale/src/review-cli.ts > review.md
import { reviewWorksheet } from './review.ts';

process.stdout.write(reviewWorksheet());
