// Preloaded into the server-everything test peer (node --require): binds every server the process starts to
// 127.0.0.1, so the test peer (which has a get-env tool) is never reachable from other hosts. server-everything's
// Streamable HTTP mode calls app.listen(PORT) and would otherwise listen on all interfaces.
'use strict';
const net = require('node:net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const port = args[0];
  const isPort = typeof port === 'number' || (typeof port === 'string' && /^[0-9]+$/.test(port));
  if (isPort && typeof args[1] !== 'string') {
    args.splice(1, 0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
