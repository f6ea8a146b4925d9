// After signing out: nobody is signed in any more.
import { showSignedOutHeader } from '../layout.js';

showSignedOutHeader();
