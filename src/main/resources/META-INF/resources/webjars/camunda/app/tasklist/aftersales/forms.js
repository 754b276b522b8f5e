// Tasklist custom script "forms": the stylesheet that lets Camunda Forms' labels wrap. form-js
// keeps a label on one line and cuts what does not fit, which hides the Chinese half of our
// "English / 中文" labels and, on a phone, the required "*". Only styles; no plugin point.
const STYLE = new URL('./forms/forms.css', import.meta.url).href;

if (!document.querySelector(`link[href="${STYLE}"]`)) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: STYLE }));
}

export default [];
