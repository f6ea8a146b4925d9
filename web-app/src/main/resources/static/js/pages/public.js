// Pages anyone may see (signed out, errors): the header shows who is signed in, if anyone.
import { startPublicPage } from '../layout.js';

startPublicPage();
