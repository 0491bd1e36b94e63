/**
 * The `circular init` use case lives in the workspace stage (`initWorkspace`); the app layer hands it
 * on with the names of the files the next steps point to.
 */
export {
  type InitOptions,
  type InitResult,
  initWorkspace,
  parseDistrictList,
  WorkspaceFileExistsError,
} from '../workspace/init-workspace.js';
export { CHECKS_TEMPLATE_FILE, GUIDE_FILE } from '../workspace/workspace-guide.js';
