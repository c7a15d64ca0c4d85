/**
 * {@code gongkai serve}: a local preview of the site on 127.0.0.1 that rebuilds when the content or the templates
 * change and reloads the pages open in the browser. Its public face is {@link org.gongkai.serve.Preview}; the
 * server, the watcher and the live-reload script are internals.
 */
package org.gongkai.serve;
