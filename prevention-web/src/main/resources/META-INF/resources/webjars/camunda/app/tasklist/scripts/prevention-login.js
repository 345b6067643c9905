// Våldsprevention: one login for the workspace and Tasklist. When Tasklist would show its own login form
// (after its logout button, or when the session has ended), the browser goes to the workspace's login page
// instead, which logs in to both. Loaded through customScripts in Tasklist's config.js.
const appRoot = document.querySelector('base').getAttribute('app-root') || '';
const loginPage = appRoot.substring(0, appRoot.lastIndexOf('/')) + '/login?utloggad';

function leaveTasklistLogin() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace(loginPage);
  }
}

window.addEventListener('hashchange', leaveTasklistLogin);
leaveTasklistLogin();

export default [];
