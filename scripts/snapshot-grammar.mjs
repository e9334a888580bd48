// Validates the built-in grammar and writes it beside the compiled code, so the CLI starts without parsing YAML.
import { writeBuiltinSnapshot } from '../dist/grammar/load.js';

writeBuiltinSnapshot();
