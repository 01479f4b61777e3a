// Where the mock-only QA endpoints live: under the API's base path, outside its contract.
import { API } from '../kernel/api'

export const QA_PATH = `${API}/__qa`
