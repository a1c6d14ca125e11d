// The worker thread of `dflint --jobs N` (lint-workers.ts starts it from this file's folder).
import { serveLintJobs } from './lint-jobs-server';

serveLintJobs();
