import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7631);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch)
/* harmony export */ });
let loading;
// `undici/index.js`, not `undici`: the tsconfig path maps only the bare name, so this is the real package.
const undici = () => (loading ??= __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19)));
/**
 * undici's ProxyAgent with the same options, built when the first request goes through it. A dispatcher in
 * its own right: the real ProxyAgent gets each request as soon as it exists, and reports to the handler.
 */
class ProxyAgent {
    #options;
    #agent;
    constructor(options) {
        this.#options = options;
    }
    /** The real ProxyAgent, built once. */
    agent() {
        return (this.#agent ??= undici().then((u) => new u.ProxyAgent(this.#options)));
    }
    dispatch(options, handler) {
        this.agent()
            .then((agent) => agent.dispatch(options, handler))
            .catch((error) => handler.onError?.(error instanceof Error ? error : new Error(String(error))));
        return true;
    }
    async close() {
        if (this.#agent)
            await (await this.#agent).close();
    }
    async destroy(error) {
        if (this.#agent)
            await (await this.#agent).destroy(error ?? null);
    }
}
/**
 * undici's fetch, with a ProxyAgent from above swapped for the real one it stands for. Without a dispatcher
 * (no proxy, or the host is in NO_PROXY) Node's own fetch does the same work without loading undici.
 */
async function fetch(input, init) {
    const dispatcher = init?.dispatcher;
    if (dispatcher === undefined) {
        return globalThis.fetch(input, init);
    }
    const real = await undici();
    const agent = dispatcher instanceof ProxyAgent ? await dispatcher.agent() : dispatcher;
    return real.fetch(input, { ...init, dispatcher: agent });
}


/***/ }),

/***/ 7631:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/lib/undici-stub.ts
var undici_stub = __nccwpck_require__(5768);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici_stub.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/lib/redact.ts

/**
 * The shortest value treated as a secret. Replacing a value of a few characters would rewrite ordinary text: a key
 * "5" would turn "room 5" into "room ***" in every output and error. No credential DocSpace takes is that short: its
 * API keys are 67 characters, `sk-` and 64 hexadecimal digits (ApiKeyManager.cs:47-57), and inputs.ts refuses a
 * shorter api-key before any request is sent, so a shorter value never reaches a portal that could quote it back.
 */
const MIN_SECRET_LENGTH = 16;
/** Every form of every secret, the longest first. */
let redact_forms = [];
const registered = new Set();
/**
 * The forms a secret reaches text in: as given, and as a portal or the action itself quotes it inside a JSON string
 * (the `room` output is JSON, and a portal's JSON echoes a header so), in a URL and in HTML. A key with `"` or `\`
 * in it is written `\"` and `\\` in JSON, where the form as given is not found.
 */
function formsOf(value) {
    const html = value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value), html];
}
/** Masks a value in the runner's log and remembers it, so text the runner does not mask can be scrubbed too. */
function registerSecret(value) {
    if (value.length < MIN_SECRET_LENGTH || registered.has(value))
        return;
    core_setSecret(value);
    registered.add(value);
    redact_forms = [...new Set([...redact_forms, ...formsOf(value)])].sort((a, b) => b.length - a.length);
}
/** Replaces every registered secret in text that leaves the action: errors, outputs, the summary. */
function redact(text) {
    let out = text;
    for (const form of redact_forms)
        if (out.includes(form))
            out = out.split(form).join('***');
    return out;
}
/**
 * At most `max` UTF-16 units of text, its secrets hidden first: a secret cut in two would no longer be found, and its
 * first part would be shown. A pair of surrogates is never split; a cut is marked with `…`, within `max`. Every place
 * that shortens outside text does it with this.
 */
function clipSafely(text, max) {
    const whole = redact(text);
    if (whole.length <= max)
        return whole;
    const end = Math.max(0, /[\uD800-\uDBFF]/.test(whole.charAt(max - 2)) ? max - 2 : max - 1);
    return `${whole.slice(0, end)}…`;
}

;// CONCATENATED MODULE: ./src/lib/errors.ts

/** An input that is missing or malformed. Raised before any request is sent. */
class InputError extends Error {
    input;
    constructor(input, problem) {
        super(`Input "${input}" ${problem}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Any failed exchange with DocSpace. The message is complete enough to act on without reading logs. */
class DocSpaceError extends Error {
    details;
    constructor(details) {
        const shown = {
            ...details,
            docspaceMessage: details.docspaceMessage === undefined ? undefined : portalWords(details.docspaceMessage)
        };
        super(describe(shown));
        this.name = 'DocSpaceError';
        this.details = shown;
    }
    get status() {
        return this.details.status;
    }
}
/**
 * The most of a portal's own words an error quotes: DocSpace's messages are a sentence, and a portal that sent a
 * message of 1.5 MB had all of it printed in the log and the summary.
 */
const MAX_PORTAL_WORDS = 1000;
/** A portal's words (its error message, an operation's error) for an error: secrets hidden, then shortened, saying so. */
function portalWords(text) {
    const whole = redact(text);
    if (whole.length <= MAX_PORTAL_WORDS)
        return whole;
    return `${clipSafely(whole, MAX_PORTAL_WORDS)} (shortened from ${whole.length} characters)`;
}
function describe(d) {
    let head = `${d.request} failed`;
    if (d.attempts && d.attempts > 1)
        head += ` after ${d.attempts} attempts`;
    if (d.status !== undefined)
        head += ` with HTTP ${d.status}`;
    if (d.unexpectedBody) {
        head =
            d.status !== undefined && d.status < 300
                ? `${d.request} got HTTP ${d.status} with ${d.unexpectedBody}`
                : `${head} and ${d.unexpectedBody}`;
    }
    if (d.malformed)
        head = `DocSpace answered ${d.request} ${d.malformed}`;
    const parts = [head];
    if (d.docspaceMessage) {
        parts.push(d.status === undefined ? `The connection failed: ${d.docspaceMessage}` : `DocSpace says: "${d.docspaceMessage}"`);
    }
    if (d.likelyCause)
        parts.push(`Likely cause: ${d.likelyCause}`);
    if (d.note)
        parts.push(d.note);
    const text = parts.join('. ');
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
/** The step's time bound ran out. */
class TimeoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TimeoutError';
    }
}
/** A room lookup by title or tags that matched nothing, or more than one room. */
class RoomLookupError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RoomLookupError';
    }
}
/** The room an operation acts on is not in DocSpace: nothing matched, or its ID is unknown. `if-missing: skip`
 * turns this, and only this, into result not-found. */
class RoomMissingError extends RoomLookupError {
    lookedFor;
    constructor(message, 
    /** What was looked for, e.g. "room 1234" or "the room tagged ci". */
    lookedFor) {
        super(message);
        this.lookedFor = lookedFor;
        this.name = 'RoomMissingError';
    }
}
/** Adds what the action was doing to an error's message, keeping its type. */
function withContext(context, work) {
    return work().catch((error) => {
        if (error instanceof Error && !error.message.startsWith(context)) {
            error.message = `${context}: ${error.message}`;
        }
        throw error;
    });
}

;// CONCATENATED MODULE: ./src/lib/deadline.ts

/** The bound on the whole step (`timeout-seconds`). Everything that waits asks it how long it may. */
class Deadline {
    totalMs;
    now;
    endsAt;
    constructor(totalMs, now = Date.now) {
        this.totalMs = totalMs;
        this.now = now;
        this.endsAt = now() + totalMs;
    }
    remainingMs() {
        return Math.max(0, this.endsAt - this.now());
    }
    get expired() {
        return this.remainingMs() <= 0;
    }
    /** Throws a TimeoutError that says what the step was waiting for, if the bound has run out. */
    check(waitingFor) {
        if (this.expired)
            throw this.timeout(waitingFor);
    }
    timeout(waitingFor) {
        const what = typeof waitingFor === 'function' ? waitingFor() : waitingFor;
        return new TimeoutError(`Timed out after ${formatSeconds(this.totalMs)} (timeout-seconds) while ${what}`);
    }
    /** Sleeps for `ms`, or throws a TimeoutError if that would run past the bound. */
    async sleep(ms, waitingFor) {
        if (ms > this.remainingMs()) {
            await delay(this.remainingMs());
            throw this.timeout(waitingFor);
        }
        await delay(ms);
    }
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/lib/progress.ts

// A wait that lasts says so in the log at the default level, on a timer, so that it shows however the work
// inside it is spaced: polls of DocSpace's file operations, a retry after a rate limit.
/** A wait longer than this says it is still waiting, and again each time this passes. */
const PROGRESS_EVERY_MS = 10_000;
/**
 * Says what is still awaited every `every` ms until stopped, on a timer, so that a long wait shows in the log
 * however the polls are spaced. Returns the function that stops it.
 */
function reportProgress(say, every = PROGRESS_EVERY_MS, waitingFor) {
    if (!say)
        return () => undefined;
    const started = Date.now();
    const timer = setInterval(() => {
        const what = waitingFor();
        if (what)
            say(`Still ${what}: ${formatSeconds(Math.round((Date.now() - started) / 1000) * 1000)} so far`);
    }, every);
    timer.unref();
    return () => clearInterval(timer);
}

;// CONCATENATED MODULE: ./src/docspace/adaptive-limit.ts
/**
 * How many writes may be in flight, fitted to what the portal takes. A 429 means the portal allows fewer
 * than were in flight, so the limit drops to one less than that. It grows back by one only every
 * PROBE_EVERY successes, because each probe that finds the portal's limit again costs a Retry-After pause
 * for the whole batch. Without this, a batch larger than the portal's write limit would hit 429 after
 * every pause and run out of retries.
 */
const PROBE_EVERY = 100;
class AdaptiveLimit {
    max;
    limit;
    active = 0;
    successes = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
        this.limit = max;
    }
    get current() {
        return this.limit;
    }
    async acquire() {
        while (this.active >= this.limit)
            await new Promise((wake) => this.waiting.push(wake));
        this.active++;
    }
    release() {
        this.active--;
        this.wake();
    }
    /** Called while the throttled request still holds its slot, so `active` is what the portal refused. */
    throttled() {
        this.limit = Math.max(1, Math.min(this.limit - 1, this.active - 1));
        this.successes = 0;
    }
    succeeded() {
        if (this.limit >= this.max || ++this.successes < PROBE_EVERY)
            return;
        this.limit++;
        this.successes = 0;
        this.wake();
    }
    /** Wakes every waiter; each checks again in acquire(), so only as many as there are free slots go on. */
    wake() {
        for (const wake of this.waiting.splice(0))
            wake();
    }
}

;// CONCATENATED MODULE: ./node_modules/valibot/dist/index.mjs
//#region src/storages/globalConfig/globalConfig.ts
let store$4;
const DEFAULT_CONFIG = {
	lang: void 0,
	message: void 0,
	abortEarly: void 0,
	abortPipeEarly: void 0
};
/**
* Sets the global configuration.
*
* @param config The configuration.
*/
function setGlobalConfig(config$1) {
	store$4 = {
		...store$4,
		...config$1
	};
}
/**
* Returns the global configuration.
*
* @param config The config to merge.
*
* @returns The configuration.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalConfig(config$1) {
	if (!config$1 && !store$4) return DEFAULT_CONFIG;
	return {
		lang: config$1?.lang ?? store$4?.lang,
		message: config$1?.message,
		abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
		abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
	};
}
/**
* Deletes the global configuration.
*/
function deleteGlobalConfig() {
	store$4 = void 0;
}

//#endregion
//#region src/storages/globalMessage/globalMessage.ts
let store$3;
/**
* Sets a global error message.
*
* @param message The error message.
* @param lang The language of the message.
*/
function setGlobalMessage(message$1, lang) {
	if (!store$3) store$3 = /* @__PURE__ */ new Map();
	store$3.set(lang, message$1);
}
/**
* Returns a global error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalMessage(lang) {
	return store$3?.get(lang);
}
/**
* Deletes a global error message.
*
* @param lang The language of the message.
*/
function deleteGlobalMessage(lang) {
	store$3?.delete(lang);
}

//#endregion
//#region src/storages/schemaMessage/schemaMessage.ts
let store$2;
/**
* Sets a schema error message.
*
* @param message The error message.
* @param lang The language of the message.
*/
function setSchemaMessage(message$1, lang) {
	if (!store$2) store$2 = /* @__PURE__ */ new Map();
	store$2.set(lang, message$1);
}
/**
* Returns a schema error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSchemaMessage(lang) {
	return store$2?.get(lang);
}
/**
* Deletes a schema error message.
*
* @param lang The language of the message.
*/
function deleteSchemaMessage(lang) {
	store$2?.delete(lang);
}

//#endregion
//#region src/storages/specificMessage/specificMessage.ts
let store$1;
/**
* Sets a specific error message.
*
* @param reference The identifier reference.
* @param message The error message.
* @param lang The language of the message.
*/
function setSpecificMessage(reference, message$1, lang) {
	if (!store$1) store$1 = /* @__PURE__ */ new Map();
	if (!store$1.get(reference)) store$1.set(reference, /* @__PURE__ */ new Map());
	store$1.get(reference).set(lang, message$1);
}
/**
* Returns a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSpecificMessage(reference, lang) {
	return store$1?.get(reference)?.get(lang);
}
/**
* Deletes a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*/
function deleteSpecificMessage(reference, lang) {
	store$1?.get(reference)?.delete(lang);
}

//#endregion
//#region src/utils/_stringify/_stringify.ts
/**
* Stringifies an unknown input to a literal or type string.
*
* @param input The unknown input.
*
* @returns A literal or type string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _stringify(input) {
	const type = typeof input;
	if (type === "string") return `"${input}"`;
	if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
	if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
	return type;
}

//#endregion
//#region src/utils/_addIssue/_addIssue.ts
/**
* Adds an issue to the dataset.
*
* @param context The issue context.
* @param label The issue label.
* @param dataset The input dataset.
* @param config The configuration.
* @param other The optional props.
*
* @internal
*/
function _addIssue(context, label, dataset, config$1, other) {
	const input = other && "input" in other ? other.input : dataset.value;
	const expected = other?.expected ?? context.expects ?? null;
	const received = other?.received ?? /* @__PURE__ */ _stringify(input);
	const issue = {
		kind: context.kind,
		type: context.type,
		input,
		expected,
		received,
		message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
		requirement: context.requirement,
		path: other?.path,
		issues: other?.issues,
		lang: config$1.lang,
		abortEarly: config$1.abortEarly,
		abortPipeEarly: config$1.abortPipeEarly
	};
	const isSchema = context.kind === "schema";
	const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
	if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
	if (isSchema) dataset.typed = false;
	if (dataset.issues) dataset.issues.push(issue);
	else dataset.issues = [issue];
}

//#endregion
//#region src/utils/_cloneDataset/_cloneDataset.ts
/**
* Creates a shallow copy of a dataset.
*
* Hint: The `value` is copied by reference, but the `issues` array, its issues
* and their `path` arrays are cloned to avoid reusing mutable dataset state
* across multiple runs. Mutating a returned object or array value can
* therefore affect later cache hits that reuse the same cached output.
*
* @param dataset The output dataset.
*
* @returns The copied output dataset.
*/
/* @__NO_SIDE_EFFECTS__ */
function _cloneDataset(dataset) {
	return {
		typed: dataset.typed,
		value: dataset.value,
		issues: dataset.issues?.map((issue) => ({
			...issue,
			path: issue.path && [...issue.path]
		}))
	};
}

//#endregion
//#region src/utils/_formatCase/_formatCase.ts
/**
* Splits a string into lowercase words and rejoins them with the given
* separator and capitalization rules.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries. Whether the first or subsequent words are
* capitalized is controlled by `capFirst` and `capRest`.
*
* Hint: Implemented in a single pass that emits directly to the result
* string to avoid an intermediate `string[]` allocation. ASCII chars are
* classified via char codes to skip `.toLowerCase()` and `.toUpperCase()`
* method calls in the common case.
*
* Hint: Digits are treated as a separate character class, so `item2Name`
* yields `item2` and `name` rather than `item`, `2` and `name`.
*
* @param input The input string.
* @param separator The string inserted between words.
* @param capFirst Whether to capitalize the first word.
* @param capRest Whether to capitalize subsequent words.
*
* @returns The formatted string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _formatCase(input, separator, capFirst, capRest) {
	let result = "";
	let firstWord = true;
	let start = 0;
	let prev = 0;
	let prevPrev = 0;
	const flush = (end) => {
		if (end > start) {
			let word = input.slice(start, end).toLowerCase();
			if (firstWord ? capFirst : capRest) {
				const firstCode = word.charCodeAt(0);
				if (firstCode >= 97 && firstCode <= 122) word = String.fromCharCode(firstCode - 32) + word.slice(1);
				else {
					const charLen = firstCode >= 55296 && firstCode <= 56319 ? 2 : 1;
					word = word.slice(0, charLen).toUpperCase() + word.slice(charLen);
				}
			}
			result += firstWord ? word : separator + word;
			firstWord = false;
		}
	};
	for (let index = 0; index < input.length; index++) {
		const code = input.charCodeAt(index);
		let type;
		if (code === 32 || code === 9 || code === 10 || code === 11 || code === 12 || code === 13 || code === 45 || code === 95) {
			flush(index);
			start = index + 1;
			type = 0;
		} else if (code < 128) type = code >= 65 && code <= 90 ? 1 : code >= 97 && code <= 122 ? 2 : 3;
		else {
			const char = input[index];
			const charLower = char.toLowerCase();
			type = charLower === char.toUpperCase() ? 3 : char === charLower ? 2 : 1;
		}
		if (type === 1 && (prev === 2 || prev === 3) && index > start) {
			flush(index);
			start = index;
		} else if (type === 2 && prev === 1 && prevPrev === 1 && index - 1 > start) {
			flush(index - 1);
			start = index - 1;
		}
		prevPrev = prev;
		prev = type;
	}
	flush(input.length);
	return result;
}

//#endregion
//#region src/utils/_getByteCount/_getByteCount.ts
let textEncoder;
/**
* Returns the byte count of the input.
*
* @param input The input to be measured.
*
* @returns The byte count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getByteCount(input) {
	if (!textEncoder) textEncoder = new TextEncoder();
	return textEncoder.encode(input).length;
}

//#endregion
//#region src/utils/_getCodePointCount/_getCodePointCount.ts
/**
* Returns the code point count of the input.
*
* @param input The input to be measured.
*
* @returns The code point count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getCodePointCount(input) {
	let count = input.length;
	const lengthMinus1 = input.length - 1;
	for (let i = 0; i < lengthMinus1;) if (input.codePointAt(i) <= 65535) i++;
	else {
		i += 2;
		count--;
	}
	return count;
}

//#endregion
//#region src/utils/_getGraphemeCount/_getGraphemeCount.ts
let segmenter;
/**
* Returns the grapheme count of the input.
*
* @param input The input to be measured.
*
* @returns The grapheme count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getGraphemeCount(input) {
	if (!segmenter) segmenter = new Intl.Segmenter();
	const segments = segmenter.segment(input);
	let count = 0;
	for (const _ of segments) count++;
	return count;
}

//#endregion
//#region src/utils/_getLastMetadata/_getLastMetadata.ts
/**
* Returns the last top-level value of a given metadata type from a schema
* using a breadth-first search that starts with the last item in the pipeline.
*
* @param schema The schema to search.
* @param type The metadata type.
*
* @returns The value, if any.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getLastMetadata(schema, type) {
	if ("pipe" in schema) {
		const nestedSchemas = [];
		for (let index = schema.pipe.length - 1; index >= 0; index--) {
			const item = schema.pipe[index];
			if (item.kind === "schema" && "pipe" in item) nestedSchemas.push(item);
			else if (item.kind === "metadata" && item.type === type) return item[type];
		}
		for (const nestedSchema of nestedSchemas) {
			const result = /* @__PURE__ */ _getLastMetadata(nestedSchema, type);
			if (result !== void 0) return result;
		}
	}
}

//#endregion
//#region src/utils/_getWordCount/_getWordCount.ts
let store;
/**
* Returns the word count of the input.
*
* @param locales The locales to be used.
* @param input The input to be measured.
*
* @returns The word count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getWordCount(locales, input) {
	if (!store) store = /* @__PURE__ */ new Map();
	const key = String(locales);
	let segmenter$1 = store.get(key);
	if (!segmenter$1) {
		segmenter$1 = new Intl.Segmenter(locales, { granularity: "word" });
		store.set(key, segmenter$1);
	}
	const segments = segmenter$1.segment(input);
	let count = 0;
	for (const segment of segments) if (segment.isWordLike) count++;
	return count;
}

//#endregion
//#region src/utils/_isLuhnAlgo/_isLuhnAlgo.ts
/**
* Non-digit regex.
*/
const NON_DIGIT_REGEX = /\D/gu;
/**
* Checks whether a string with numbers corresponds to the luhn algorithm.
*
* @param input The input to be checked.
*
* @returns Whether input is valid.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isLuhnAlgo(input) {
	const number$1 = input.replace(NON_DIGIT_REGEX, "");
	let length$1 = number$1.length;
	let bit = 1;
	let sum = 0;
	while (length$1) {
		const value$1 = +number$1[--length$1];
		bit ^= 1;
		sum += bit ? [
			0,
			2,
			4,
			6,
			8,
			1,
			3,
			5,
			7,
			9
		][value$1] : value$1;
	}
	return sum % 10 === 0;
}

//#endregion
//#region src/utils/_isSameValueZero/_isSameValueZero.ts
/**
* Compares two values using the SameValueZero algorithm, which treats `NaN`
* as equal to itself unlike `===`.
*
* @param value1 The first value.
* @param value2 The second value.
*
* @returns Whether the values are equal.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isSameValueZero(value1, value2) {
	return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}

//#endregion
//#region src/utils/_isValidObjectKey/_isValidObjectKey.ts
/**
* Disallows inherited object properties and prevents object prototype
* pollution by disallowing certain keys.
*
* @param object The object to check.
* @param key The key to check.
*
* @returns Whether the key is allowed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValidObjectKey(object$1, key) {
	return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}

//#endregion
//#region src/utils/_isValueMatch/_isValueMatch.ts
/**
* Checks whether a value matches a value action requirement.
*
* @param requirement The value action requirement.
* @param value The value to check.
*
* @returns Whether the value matches the requirement.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValueMatch(requirement, value$1) {
	return Number.isNaN(requirement) && Number.isNaN(value$1) || requirement <= value$1 && requirement >= value$1;
}

//#endregion
//#region src/utils/_joinExpects/_joinExpects.ts
/**
* Joins multiple `expects` values with the given separator.
*
* @param values The `expects` values.
* @param separator The separator.
*
* @returns The joined `expects` property.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _joinExpects(values$1, separator) {
	const list = [...new Set(values$1)];
	if (list.length > 1) return `(${list.join(` ${separator} `)})`;
	return list[0] ?? "never";
}

//#endregion
//#region src/utils/_standardSchema/_standardSchema.ts
/**
* Eagerly creates and attaches the Standard Schema properties of a schema.
*
* Hint: The contextual `this` type includes the standard properties that are
* attached before the schema is returned.
*
* @param schema The schema to attach standard properties to.
*
* @returns The schema with standard properties attached.
*
* @internal
*/
function _standardSchema(schema) {
	schema["~standard"] = {
		version: 1,
		vendor: "valibot",
		validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
	};
	return schema;
}

//#endregion
//#region src/utils/entriesFromList/entriesFromList.ts
/**
* Creates an object entries definition from a list of keys and a schema.
*
* @param list A list of keys.
* @param schema The schema of the keys.
*
* @returns The object entries.
*/
/* @__NO_SIDE_EFFECTS__ */
function entriesFromList(list, schema) {
	const entries$1 = {};
	for (const key of list) entries$1[key] = schema;
	return entries$1;
}

//#endregion
//#region src/utils/entriesFromObjects/entriesFromObjects.ts
/* @__NO_SIDE_EFFECTS__ */
function entriesFromObjects(schemas) {
	const entries$1 = {};
	for (const schema of schemas) Object.assign(entries$1, schema.entries);
	return entries$1;
}

//#endregion
//#region src/utils/getDotPath/getDotPath.ts
/* @__NO_SIDE_EFFECTS__ */
function getDotPath(issue) {
	if (issue.path) {
		let key = "";
		for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
		else key += item.key;
		else return null;
		return key;
	}
	return null;
}

//#endregion
//#region src/utils/isOfKind/isOfKind.ts
/**
* A generic type guard to check the kind of an object.
*
* @param kind The kind to check for.
* @param object The object to check.
*
* @returns Whether it matches.
*/
/* @__NO_SIDE_EFFECTS__ */
function isOfKind(kind, object$1) {
	return object$1.kind === kind;
}

//#endregion
//#region src/utils/isOfType/isOfType.ts
/**
* A generic type guard to check the type of an object.
*
* @param type The type to check for.
* @param object The object to check.
*
* @returns Whether it matches.
*/
/* @__NO_SIDE_EFFECTS__ */
function isOfType(type, object$1) {
	return object$1.type === type;
}

//#endregion
//#region src/utils/ValiError/ValiError.ts
/**
* A Valibot error with useful information.
*/
var ValiError = class extends Error {
	/**
	* Creates a Valibot error with useful information.
	*
	* @param issues The error issues.
	*/
	constructor(issues) {
		super(issues[0].message);
		this.name = "ValiError";
		this.issues = issues;
	}
};

//#endregion
//#region src/utils/isValiError/isValiError.ts
/**
* A type guard to check if an error is a ValiError.
*
* @param error The error to check.
*
* @returns Whether its a ValiError.
*/
/* @__NO_SIDE_EFFECTS__ */
function isValiError(error) {
	return error instanceof ValiError;
}

//#endregion
//#region src/actions/args/args.ts
/* @__NO_SIDE_EFFECTS__ */
function args(schema) {
	return {
		kind: "transformation",
		type: "args",
		reference: args,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = (...args_) => {
				const argsDataset = this.schema["~run"]({ value: args_ }, config$1);
				if (argsDataset.issues) throw new ValiError(argsDataset.issues);
				return func(...argsDataset.value);
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/args/argsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function argsAsync(schema) {
	return {
		kind: "transformation",
		type: "args",
		reference: argsAsync,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = async (...args$1) => {
				const argsDataset = await schema["~run"]({ value: args$1 }, config$1);
				if (argsDataset.issues) throw new ValiError(argsDataset.issues);
				return func(...argsDataset.value);
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/await/awaitAsync.ts
/**
* Creates an await transformation action.
*
* @returns An await action.
*/
/* @__NO_SIDE_EFFECTS__ */
function awaitAsync() {
	return {
		kind: "transformation",
		type: "await",
		reference: awaitAsync,
		async: true,
		async "~run"(dataset) {
			dataset.value = await dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/regex.ts
/**
* [Base64](https://en.wikipedia.org/wiki/Base64) regex.
*/
const BASE64_REGEX = /^(?:[\da-z+/]{4})*(?:[\da-z+/]{2}==|[\da-z+/]{3}=)?$/iu;
/**
* [BIC](https://en.wikipedia.org/wiki/ISO_9362) regex.
*/
const BIC_REGEX = /^[A-Z]{6}(?!00)[\dA-Z]{2}(?:[\dA-Z]{3})?$/u;
/**
* [Cuid2](https://github.com/paralleldrive/cuid2) regex.
*/
const CUID2_REGEX = /^[a-z][\da-z]*$/u;
/**
* [Decimal](https://en.wikipedia.org/wiki/Decimal) regex.
*/
const DECIMAL_REGEX = /^[+-]?(?:\d*\.)?\d+$/u;
/**
* [Digits](https://en.wikipedia.org/wiki/Numerical_digit) regex.
*/
const DIGITS_REGEX = /^\d+$/u;
/**
* [Domain name](https://en.wikipedia.org/wiki/Domain_name) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
* ASCII-only validation. Internationalized domain names (IDNs) are not
* supported, including Punycode-encoded labels.
*/
const DOMAIN_REGEX = /^(?=.{1,253}$)(?:(?![Xx][Nn]--)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/u;
/**
* [Email address](https://en.wikipedia.org/wiki/Email_address) regex.
*
* Hint: We decided against the `i` flag to avoid matching non-ASCII characters.
*/
const EMAIL_REGEX = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;
/**
* Emoji regex from [emoji-regex-xs](https://github.com/slevithan/emoji-regex-xs) v1.0.0 (MIT license).
*
* Hint: We decided against the newer `/^\p{RGI_Emoji}+$/v` regex because it is
* not supported in older runtimes and does not match all emoji.
*/
const EMOJI_REGEX = /^(?:[\u{1F1E6}-\u{1F1FF}]{2}|\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,3}\u{E007F}|(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation})(?:\u200D(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation}))*)+$/u;
/**
* [Hexadecimal](https://en.wikipedia.org/wiki/Hexadecimal) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const HEXADECIMAL_REGEX = /^(?:0[hx])?[\da-fA-F]+$/u;
/**
* [Hex color](https://en.wikipedia.org/wiki/Web_colors#Hex_triplet) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const HEX_COLOR_REGEX = /^#(?:[\da-fA-F]{3,4}|[\da-fA-F]{6}|[\da-fA-F]{8})$/u;
/**
* [IMEI](https://en.wikipedia.org/wiki/International_Mobile_Equipment_Identity) regex.
*/
const IMEI_REGEX = /^\d{15}$|^\d{2}-\d{6}-\d{6}-\d$/u;
/**
* [IPv4](https://en.wikipedia.org/wiki/IPv4) regex.
*/
const IPV4_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$/u;
/**
* [IPv6](https://en.wikipedia.org/wiki/IPv6) regex.
*/
const IPV6_REGEX = /^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
/**
* [IP](https://en.wikipedia.org/wiki/IP_address) regex.
*/
const IP_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$|^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date regex.
*/
const ISO_DATE_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date-time regex.
*/
const ISO_DATE_TIME_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3]):[0-5]\d$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date-time with seconds regex.
*/
const ISO_DATE_TIME_SECOND_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) time regex.
*/
const ISO_TIME_REGEX = /^(?:0\d|1\d|2[0-3]):[0-5]\d$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) time with seconds regex.
*/
const ISO_TIME_SECOND_REGEX = /^(?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) timestamp regex. Allows a
* space as a date/time separator and an optional space before the UTC offset.
*/
const ISO_TIMESTAMP_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) week regex.
*/
const ISO_WEEK_REGEX = /^\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/u;
/**
* [JWS compact serialization](https://datatracker.ietf.org/doc/html/rfc7515#section-3.1)
* regex.
*
* Hint: Empty payload and signature segments are allowed because the
* Base64URL-encoded representation of an empty octet sequence is an empty
* string.
*/
const JWS_COMPACT_REGEX = /^(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?$/u;
/**
* [ISRC](https://en.wikipedia.org/wiki/International_Standard_Recording_Code) regex.
*/
const ISRC_REGEX = /^(?:[A-Z]{2}[A-Z\d]{3}\d{7}|[A-Z]{2}-[A-Z\d]{3}-\d{2}-\d{5})$/u;
/**
* [KSUID](https://github.com/segmentio/ksuid) regex.
*/
const KSUID_REGEX = /^[a-zA-Z0-9]{27}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) 48 bit regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC48_REGEX = /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) 64 bit regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC64_REGEX = /^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC_REGEX = /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$|^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
/**
* [Nano ID](https://github.com/ai/nanoid) regex.
*/
const NANO_ID_REGEX = /^[\w-]+$/u;
/**
* [Octal](https://en.wikipedia.org/wiki/Octal) regex.
*/
const OCTAL_REGEX = /^(?:0o)?[0-7]+$/u;
/**
* [RFC 5322 email address](https://datatracker.ietf.org/doc/html/rfc5322#section-3.4.1) regex.
*
* Hint: This regex was taken from the [HTML Living Standard Specification](https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address) and does not perfectly represent RFC 5322.
*/
const RFC_EMAIL_REGEX = /^[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/**
* [Slug](https://en.wikipedia.org/wiki/Clean_URL#Slug) regex.
*/
const SLUG_REGEX = /^[\da-z]+(?:[-_][\da-z]+)*$/u;
/**
* [ULID](https://github.com/ulid/spec) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
* Hint: The first character is restricted to `[0-7]` because the 48-bit
* timestamp cannot exceed 2^48-1, making the maximum valid ULID
* `7ZZZZZZZZZZZZZZZZZZZZZZZZZ` in Crockford's Base32 encoding.
*/
const ULID_REGEX = /^[0-7][\da-hjkmnp-tv-zA-HJKMNP-TV-Z]{25}$/u;
/**
* [UUID](https://en.wikipedia.org/wiki/Universally_unique_identifier) regex.
*/
const UUID_REGEX = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu;

//#endregion
//#region src/actions/base64/base64.ts
/* @__NO_SIDE_EFFECTS__ */
function base64(message$1) {
	return {
		kind: "validation",
		type: "base64",
		reference: base64,
		async: false,
		expects: null,
		requirement: BASE64_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Base64", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/bic/bic.ts
/* @__NO_SIDE_EFFECTS__ */
function bic(message$1) {
	return {
		kind: "validation",
		type: "bic",
		reference: bic,
		async: false,
		expects: null,
		requirement: BIC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "BIC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/brand/brand.ts
/**
* Creates a brand transformation action.
*
* @param name The brand name.
*
* @returns A brand action.
*/
/* @__NO_SIDE_EFFECTS__ */
function brand(name) {
	return {
		kind: "transformation",
		type: "brand",
		reference: brand,
		async: false,
		name,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/bytes/bytes.ts
/* @__NO_SIDE_EFFECTS__ */
function bytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "bytes",
		reference: bytes,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 !== this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/check/check.ts
/* @__NO_SIDE_EFFECTS__ */
function check(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: check,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/check/checkAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function checkAsync(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: checkAsync,
		async: true,
		expects: null,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.typed && !await this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/checkItems/checkItems.ts
/* @__NO_SIDE_EFFECTS__ */
function checkItems(requirement, message$1) {
	return {
		kind: "validation",
		type: "check_items",
		reference: checkItems,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) for (let index = 0; index < dataset.value.length; index++) {
				const item = dataset.value[index];
				if (!this.requirement(item, index, dataset.value)) _addIssue(this, "item", dataset, config$1, {
					input: item,
					path: [{
						type: "array",
						origin: "value",
						input: dataset.value,
						key: index,
						value: item
					}]
				});
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/checkItems/checkItemsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function checkItemsAsync(requirement, message$1) {
	return {
		kind: "validation",
		type: "check_items",
		reference: checkItemsAsync,
		async: true,
		expects: null,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.typed) {
				const requirementResults = await Promise.all(dataset.value.map(this.requirement));
				for (let index = 0; index < dataset.value.length; index++) if (!requirementResults[index]) {
					const item = dataset.value[index];
					_addIssue(this, "item", dataset, config$1, {
						input: item,
						path: [{
							type: "array",
							origin: "value",
							input: dataset.value,
							key: index,
							value: item
						}]
					});
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/codePoints/codePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function codePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "code_points",
		reference: codePoints,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count !== this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/creditCard/creditCard.ts
/**
* Credit card regex.
*/
const CREDIT_CARD_REGEX = /^(?:\d{13,19}|\d{4}(?: \d{3,6}){2,4}|\d{4}(?:-\d{3,6}){2,4})$/u;
/**
* Sanitize regex.
*/
const SANITIZE_REGEX = /[- ]/gu;
/**
* Provider regex list.
*/
const PROVIDER_REGEX_LIST = (/* unused pure expression or super */ null && ([
	/^3[47]\d{13}$/u,
	/^3(?:0[0-5]|[68]\d)\d{11,13}$/u,
	/^6(?:011|5\d{2})\d{12,15}$/u,
	/^(?:2131|1800|35\d{3})\d{11}$/u,
	/^(?:5[1-5]\d{2}|222\d|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}$/u,
	/^(?:6[27]\d{14,17}|81\d{14,17})$/u,
	/^4\d{12}(?:\d{3,6})?$/u
]));
/* @__NO_SIDE_EFFECTS__ */
function creditCard(message$1) {
	return {
		kind: "validation",
		type: "credit_card",
		reference: creditCard,
		async: false,
		expects: null,
		requirement(input) {
			let sanitized;
			return CREDIT_CARD_REGEX.test(input) && (sanitized = input.replace(SANITIZE_REGEX, "")) && PROVIDER_REGEX_LIST.some((regex$1) => regex$1.test(sanitized)) && /* @__PURE__ */ _isLuhnAlgo(sanitized);
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "credit card", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/cuid2/cuid2.ts
/* @__NO_SIDE_EFFECTS__ */
function cuid2(message$1) {
	return {
		kind: "validation",
		type: "cuid2",
		reference: cuid2,
		async: false,
		expects: null,
		requirement: CUID2_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Cuid2", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/decimal/decimal.ts
/* @__NO_SIDE_EFFECTS__ */
function decimal(message$1) {
	return {
		kind: "validation",
		type: "decimal",
		reference: decimal,
		async: false,
		expects: null,
		requirement: DECIMAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "decimal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/description/description.ts
/**
* Creates a description metadata action.
*
* @param description_ The description text.
*
* @returns A description action.
*/
/* @__NO_SIDE_EFFECTS__ */
function description(description_) {
	return {
		kind: "metadata",
		type: "description",
		reference: description,
		description: description_
	};
}

//#endregion
//#region src/actions/digits/digits.ts
/* @__NO_SIDE_EFFECTS__ */
function digits(message$1) {
	return {
		kind: "validation",
		type: "digits",
		reference: digits,
		async: false,
		expects: null,
		requirement: DIGITS_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "digits", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/domain/domain.ts
/* @__NO_SIDE_EFFECTS__ */
function domain(message$1) {
	return {
		kind: "validation",
		type: "domain",
		reference: domain,
		expects: null,
		async: false,
		requirement: DOMAIN_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "domain", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/email/email.ts
/* @__NO_SIDE_EFFECTS__ */
function email(message$1) {
	return {
		kind: "validation",
		type: "email",
		reference: email,
		expects: null,
		async: false,
		requirement: EMAIL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/emoji/emoji.ts
/* @__NO_SIDE_EFFECTS__ */
function emoji(message$1) {
	return {
		kind: "validation",
		type: "emoji",
		reference: emoji,
		async: false,
		expects: null,
		requirement: EMOJI_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "emoji", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/empty/empty.ts
/* @__NO_SIDE_EFFECTS__ */
function empty(message$1) {
	return {
		kind: "validation",
		type: "empty",
		reference: empty,
		async: false,
		expects: "0",
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length > 0) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/endsWith/endsWith.ts
/* @__NO_SIDE_EFFECTS__ */
function endsWith(requirement, message$1) {
	return {
		kind: "validation",
		type: "ends_with",
		reference: endsWith,
		async: false,
		expects: `"${requirement}"`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.endsWith(this.requirement)) _addIssue(this, "end", dataset, config$1, { received: `"${dataset.value.slice(-this.requirement.length)}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/entries/entries.ts
/* @__NO_SIDE_EFFECTS__ */
function entries(requirement, message$1) {
	return {
		kind: "validation",
		type: "entries",
		reference: entries,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count !== this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/everyItem/everyItem.ts
/* @__NO_SIDE_EFFECTS__ */
function everyItem(requirement, message$1) {
	return {
		kind: "validation",
		type: "every_item",
		reference: everyItem,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.every(this.requirement)) _addIssue(this, "item", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/examples/examples.ts
/**
* Creates an examples metadata action.
*
* @param examples_ The examples.
*
* @returns An examples action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function examples(examples_) {
	return {
		kind: "metadata",
		type: "examples",
		reference: examples,
		examples: examples_
	};
}

//#endregion
//#region src/actions/excludes/excludes.ts
/* @__NO_SIDE_EFFECTS__ */
function excludes(requirement, message$1) {
	const received = /* @__PURE__ */ _stringify(requirement);
	return {
		kind: "validation",
		type: "excludes",
		reference: excludes,
		async: false,
		expects: `!${received}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.includes(this.requirement)) _addIssue(this, "content", dataset, config$1, { received });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/filterItems/filterItems.ts
/* @__NO_SIDE_EFFECTS__ */
function filterItems(operation) {
	return {
		kind: "transformation",
		type: "filter_items",
		reference: filterItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.filter(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/findItem/findItem.ts
/* @__NO_SIDE_EFFECTS__ */
function findItem(operation) {
	return {
		kind: "transformation",
		type: "find_item",
		reference: findItem,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.find(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/finite/finite.ts
/* @__NO_SIDE_EFFECTS__ */
function finite(message$1) {
	return {
		kind: "validation",
		type: "finite",
		reference: finite,
		async: false,
		expects: null,
		requirement: Number.isFinite,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "finite", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/flavor/flavor.ts
/**
* Creates a flavor transformation action.
*
* @param name The flavor name.
*
* @returns A flavor action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function flavor(name) {
	return {
		kind: "transformation",
		type: "flavor",
		reference: flavor,
		async: false,
		name,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/graphemes/graphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function graphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "graphemes",
		reference: graphemes,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count !== this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/gtValue/gtValue.ts
/* @__NO_SIDE_EFFECTS__ */
function gtValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "gt_value",
		reference: gtValue,
		async: false,
		expects: `>${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value > this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/guard/guard.ts
/* @__NO_SIDE_EFFECTS__ */
function guard(requirement, message$1) {
	return {
		kind: "transformation",
		type: "guard",
		reference: guard,
		async: false,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) {
				_addIssue(this, "input", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hash/hash.ts
/**
* Hash lengths object.
*/
const HASH_LENGTHS = {
	md4: 32,
	md5: 32,
	sha1: 40,
	sha256: 64,
	sha384: 96,
	sha512: 128,
	ripemd128: 32,
	ripemd160: 40,
	tiger128: 32,
	tiger160: 40,
	tiger192: 48,
	crc32: 8,
	crc32b: 8,
	adler32: 8
};
/* @__NO_SIDE_EFFECTS__ */
function hash(types, message$1) {
	return {
		kind: "validation",
		type: "hash",
		reference: hash,
		expects: null,
		async: false,
		requirement: RegExp(types.map((type) => `^[a-fA-F0-9]{${HASH_LENGTHS[type]}}$`).join("|"), "u"),
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hash", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hexadecimal/hexadecimal.ts
/* @__NO_SIDE_EFFECTS__ */
function hexadecimal(message$1) {
	return {
		kind: "validation",
		type: "hexadecimal",
		reference: hexadecimal,
		async: false,
		expects: null,
		requirement: HEXADECIMAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hexadecimal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hexColor/hexColor.ts
/* @__NO_SIDE_EFFECTS__ */
function hexColor(message$1) {
	return {
		kind: "validation",
		type: "hex_color",
		reference: hexColor,
		async: false,
		expects: null,
		requirement: HEX_COLOR_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hex color", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/imei/imei.ts
/* @__NO_SIDE_EFFECTS__ */
function imei(message$1) {
	return {
		kind: "validation",
		type: "imei",
		reference: imei,
		async: false,
		expects: null,
		requirement(input) {
			return IMEI_REGEX.test(input) && /* @__PURE__ */ _isLuhnAlgo(input);
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "IMEI", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/includes/includes.ts
/* @__NO_SIDE_EFFECTS__ */
function includes(requirement, message$1) {
	const expects = /* @__PURE__ */ _stringify(requirement);
	return {
		kind: "validation",
		type: "includes",
		reference: includes,
		async: false,
		expects,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.includes(this.requirement)) _addIssue(this, "content", dataset, config$1, { received: `!${expects}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/integer/integer.ts
/* @__NO_SIDE_EFFECTS__ */
function integer(message$1) {
	return {
		kind: "validation",
		type: "integer",
		reference: integer,
		async: false,
		expects: null,
		requirement: Number.isInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ip/ip.ts
/* @__NO_SIDE_EFFECTS__ */
function ip(message$1) {
	return {
		kind: "validation",
		type: "ip",
		reference: ip,
		async: false,
		expects: null,
		requirement: IP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IP", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ipv4/ipv4.ts
/* @__NO_SIDE_EFFECTS__ */
function ipv4(message$1) {
	return {
		kind: "validation",
		type: "ipv4",
		reference: ipv4,
		async: false,
		expects: null,
		requirement: IPV4_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv4", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ipv6/ipv6.ts
/* @__NO_SIDE_EFFECTS__ */
function ipv6(message$1) {
	return {
		kind: "validation",
		type: "ipv6",
		reference: ipv6,
		async: false,
		expects: null,
		requirement: IPV6_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv6", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isbn/utils/_isIsbn10.ts
/**
* [Validates an ISBN-10](https://en.wikipedia.org/wiki/ISBN#ISBN-10_check_digits).
*
* @param input The input value.
*
* @returns `true` if the input is a valid ISBN-10, `false` otherwise.
*
* @internal
*/
function _isIsbn10(input) {
	const digits$1 = input.split("").map((c) => c === "X" ? 10 : parseInt(c));
	let sum = 0;
	for (let i = 0; i < 10; i++) sum += digits$1[i] * (10 - i);
	return sum % 11 === 0;
}

//#endregion
//#region src/actions/isbn/utils/_isIsbn13.ts
/**
* [Validates an ISBN-13](https://en.wikipedia.org/wiki/ISBN#ISBN-13_check_digit_calculation).
*
* @param input The input value.
*
* @returns `true` if the input is a valid ISBN-13, `false` otherwise.
*
* @internal
*/
function _isIsbn13(input) {
	const digits$1 = input.split("").map((c) => parseInt(c));
	let sum = 0;
	for (let i = 0; i < 13; i++) sum += digits$1[i] * (i % 2 === 0 ? 1 : 3);
	return sum % 10 === 0;
}

//#endregion
//#region src/actions/isbn/isbn.ts
/**
* ISBN separator regex.
*/
const ISBN_SEPARATOR_REGEX = /[- ]/gu;
/**
* ISBN-10 detection regex.
*/
const ISBN_10_DETECTION_REGEX = /^\d{9}[\dX]$/u;
/**
* ISBN-13 detection regex.
*/
const ISBN_13_DETECTION_REGEX = /^\d{13}$/u;
/* @__NO_SIDE_EFFECTS__ */
function isbn(message$1) {
	return {
		kind: "validation",
		type: "isbn",
		reference: isbn,
		async: false,
		expects: null,
		requirement(input) {
			const replacedInput = input.replace(ISBN_SEPARATOR_REGEX, "");
			if (ISBN_10_DETECTION_REGEX.test(replacedInput)) return _isIsbn10(replacedInput);
			else if (ISBN_13_DETECTION_REGEX.test(replacedInput)) return _isIsbn13(replacedInput);
			return false;
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "ISBN", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isrc/isrc.ts
/* @__NO_SIDE_EFFECTS__ */
function isrc(message$1) {
	return {
		kind: "validation",
		type: "isrc",
		reference: isrc,
		async: false,
		expects: null,
		requirement: ISRC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ISRC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDate/isoDate.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDate(message$1) {
	return {
		kind: "validation",
		type: "iso_date",
		reference: isoDate,
		async: false,
		expects: null,
		requirement: ISO_DATE_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDateTime/isoDateTime.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDateTime(message$1) {
	return {
		kind: "validation",
		type: "iso_date_time",
		reference: isoDateTime,
		async: false,
		expects: null,
		requirement: ISO_DATE_TIME_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDateTimeSecond/isoDateTimeSecond.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDateTimeSecond(message$1) {
	return {
		kind: "validation",
		type: "iso_date_time_second",
		reference: isoDateTimeSecond,
		async: false,
		expects: null,
		requirement: ISO_DATE_TIME_SECOND_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time-second", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTime/isoTime.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTime(message$1) {
	return {
		kind: "validation",
		type: "iso_time",
		reference: isoTime,
		async: false,
		expects: null,
		requirement: ISO_TIME_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimeSecond/isoTimeSecond.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimeSecond(message$1) {
	return {
		kind: "validation",
		type: "iso_time_second",
		reference: isoTimeSecond,
		async: false,
		expects: null,
		requirement: ISO_TIME_SECOND_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time-second", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimestamp/isoTimestamp.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimestamp(message$1) {
	return {
		kind: "validation",
		type: "iso_timestamp",
		reference: isoTimestamp,
		async: false,
		expects: null,
		requirement: ISO_TIMESTAMP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "timestamp", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoWeek/isoWeek.ts
/* @__NO_SIDE_EFFECTS__ */
function isoWeek(message$1) {
	return {
		kind: "validation",
		type: "iso_week",
		reference: isoWeek,
		async: false,
		expects: null,
		requirement: ISO_WEEK_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "week", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/jwsCompact/jwsCompact.ts
/* @__NO_SIDE_EFFECTS__ */
function jwsCompact(message$1) {
	return {
		kind: "validation",
		type: "jws_compact",
		reference: jwsCompact,
		async: false,
		expects: null,
		requirement: JWS_COMPACT_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "JWS compact", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ksuid/ksuid.ts
/* @__NO_SIDE_EFFECTS__ */
function ksuid(message$1) {
	return {
		kind: "validation",
		type: "ksuid",
		reference: ksuid,
		async: false,
		expects: null,
		requirement: KSUID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "KSUID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/length/length.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_length(requirement, message$1) {
	return {
		kind: "validation",
		type: "length",
		reference: dist_length,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length !== this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ltValue/ltValue.ts
/* @__NO_SIDE_EFFECTS__ */
function ltValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "lt_value",
		reference: ltValue,
		async: false,
		expects: `<${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value < this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac/mac.ts
/* @__NO_SIDE_EFFECTS__ */
function mac(message$1) {
	return {
		kind: "validation",
		type: "mac",
		reference: mac,
		async: false,
		expects: null,
		requirement: MAC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac48/mac48.ts
/* @__NO_SIDE_EFFECTS__ */
function mac48(message$1) {
	return {
		kind: "validation",
		type: "mac48",
		reference: mac48,
		async: false,
		expects: null,
		requirement: MAC48_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "48-bit MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac64/mac64.ts
/* @__NO_SIDE_EFFECTS__ */
function mac64(message$1) {
	return {
		kind: "validation",
		type: "mac64",
		reference: mac64,
		async: false,
		expects: null,
		requirement: MAC64_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "64-bit MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mapItems/mapItems.ts
/* @__NO_SIDE_EFFECTS__ */
function mapItems(operation) {
	return {
		kind: "transformation",
		type: "map_items",
		reference: mapItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.map(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxBytes/maxBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function maxBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_bytes",
		reference: maxBytes,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 > this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxCodePoints/maxCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function maxCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_code_points",
		reference: maxCodePoints,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count > this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxEntries/maxEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function maxEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_entries",
		reference: maxEntries,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count > this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxGraphemes/maxGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function maxGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_graphemes",
		reference: maxGraphemes,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count > this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxLength/maxLength.ts
/* @__NO_SIDE_EFFECTS__ */
function maxLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_length",
		reference: maxLength,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxSize/maxSize.ts
/* @__NO_SIDE_EFFECTS__ */
function maxSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_size",
		reference: maxSize,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size > this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxValue/maxValue.ts
/* @__NO_SIDE_EFFECTS__ */
function maxValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_value",
		reference: maxValue,
		async: false,
		expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxWords/maxWords.ts
/* @__NO_SIDE_EFFECTS__ */
function maxWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "max_words",
		reference: maxWords,
		async: false,
		expects: `<=${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count > this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/metadata/metadata.ts
/**
* Creates a custom metadata action.
*
* @param metadata_ The metadata object.
*
* @returns A metadata action.
*/
/* @__NO_SIDE_EFFECTS__ */
function metadata(metadata_) {
	return {
		kind: "metadata",
		type: "metadata",
		reference: metadata,
		metadata: metadata_
	};
}

//#endregion
//#region src/actions/mimeType/mimeType.ts
/* @__NO_SIDE_EFFECTS__ */
function mimeType(requirement, message$1) {
	return {
		kind: "validation",
		type: "mime_type",
		reference: mimeType,
		async: false,
		expects: /* @__PURE__ */ _joinExpects(requirement.map((option) => `"${option}"`), "|"),
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.includes(dataset.value.type)) _addIssue(this, "MIME type", dataset, config$1, { received: `"${dataset.value.type}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minBytes/minBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function minBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_bytes",
		reference: minBytes,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 < this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minCodePoints/minCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function minCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_code_points",
		reference: minCodePoints,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count < this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minEntries/minEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function minEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_entries",
		reference: minEntries,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count < this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minGraphemes/minGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function minGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_graphemes",
		reference: minGraphemes,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count < this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minLength/minLength.ts
/* @__NO_SIDE_EFFECTS__ */
function minLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_length",
		reference: minLength,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minSize/minSize.ts
/* @__NO_SIDE_EFFECTS__ */
function minSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_size",
		reference: minSize,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size < this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minValue/minValue.ts
/* @__NO_SIDE_EFFECTS__ */
function minValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_value",
		reference: minValue,
		async: false,
		expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minWords/minWords.ts
/* @__NO_SIDE_EFFECTS__ */
function minWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "min_words",
		reference: minWords,
		async: false,
		expects: `>=${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count < this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/multipleOf/multipleOf.ts
/* @__NO_SIDE_EFFECTS__ */
function multipleOf(requirement, message$1) {
	return {
		kind: "validation",
		type: "multiple_of",
		reference: multipleOf,
		async: false,
		expects: `%${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value % this.requirement != 0) _addIssue(this, "multiple", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/nanoid/nanoid.ts
/* @__NO_SIDE_EFFECTS__ */
function nanoid(message$1) {
	return {
		kind: "validation",
		type: "nanoid",
		reference: nanoid,
		async: false,
		expects: null,
		requirement: NANO_ID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Nano ID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/nonEmpty/nonEmpty.ts
/* @__NO_SIDE_EFFECTS__ */
function nonEmpty(message$1) {
	return {
		kind: "validation",
		type: "non_empty",
		reference: nonEmpty,
		async: false,
		expects: "!0",
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length === 0) _addIssue(this, "length", dataset, config$1, { received: "0" });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/normalize/normalize.ts
/* @__NO_SIDE_EFFECTS__ */
function normalize(form) {
	return {
		kind: "transformation",
		type: "normalize",
		reference: normalize,
		async: false,
		form,
		"~run"(dataset) {
			dataset.value = dataset.value.normalize(this.form);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notBytes/notBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function notBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_bytes",
		reference: notBytes,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 === this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notCodePoints/notCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function notCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_code_points",
		reference: notCodePoints,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count === this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notEntries/notEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function notEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_entries",
		reference: notEntries,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count === this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notGraphemes/notGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function notGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_graphemes",
		reference: notGraphemes,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count === this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notLength/notLength.ts
/* @__NO_SIDE_EFFECTS__ */
function notLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_length",
		reference: notLength,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length === this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notSize/notSize.ts
/* @__NO_SIDE_EFFECTS__ */
function notSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_size",
		reference: notSize,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size === this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notValue/notValue.ts
/* @__NO_SIDE_EFFECTS__ */
function notValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_value",
		reference: notValue,
		async: false,
		expects: requirement instanceof Date ? `!${requirement.toJSON()}` : `!${/* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && /* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notValues/notValues.ts
/* @__NO_SIDE_EFFECTS__ */
function notValues(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_values",
		reference: notValues,
		async: false,
		expects: `!${/* @__PURE__ */ _joinExpects(requirement.map((value$1) => value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1)), "|")}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notWords/notWords.ts
/* @__NO_SIDE_EFFECTS__ */
function notWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "not_words",
		reference: notWords,
		async: false,
		expects: `!${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count === this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/octal/octal.ts
/* @__NO_SIDE_EFFECTS__ */
function octal(message$1) {
	return {
		kind: "validation",
		type: "octal",
		reference: octal,
		async: false,
		expects: null,
		requirement: OCTAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "octal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/parseBoolean/parseBoolean.ts
const TRUTHY = (/* unused pure expression or super */ null && ([
	true,
	1,
	"true",
	"1",
	"yes",
	"y",
	"on",
	"enabled"
]));
const FALSY = (/* unused pure expression or super */ null && ([
	false,
	0,
	"false",
	"0",
	"no",
	"n",
	"off",
	"disabled"
]));
/* @__NO_SIDE_EFFECTS__ */
function parseBoolean(config$1, message$1) {
	const normalize$1 = (v) => typeof v === "string" ? v.toLowerCase() : v;
	const truthyRaw = config$1?.truthy ?? TRUTHY;
	const falsyRaw = config$1?.falsy ?? FALSY;
	const truthy = config$1?.truthy ? config$1.truthy.map(normalize$1) : TRUTHY;
	const falsy = config$1?.falsy ? config$1.falsy.map(normalize$1) : FALSY;
	return {
		kind: "transformation",
		type: "parse_boolean",
		reference: parseBoolean,
		expects: /* @__PURE__ */ _joinExpects([...truthyRaw, ...falsyRaw].map(_stringify), "|"),
		config: config$1,
		message: message$1,
		async: false,
		"~run"(dataset, config$2) {
			const input = normalize$1(dataset.value);
			if (truthy.includes(input)) dataset.value = true;
			else if (falsy.includes(input)) dataset.value = false;
			else {
				_addIssue(this, "boolean", dataset, config$2);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/parseJson/parseJson.ts
/* @__NO_SIDE_EFFECTS__ */
function parseJson(config$1, message$1) {
	return {
		kind: "transformation",
		type: "parse_json",
		reference: parseJson,
		config: config$1,
		message: message$1,
		async: false,
		"~run"(dataset, config$2) {
			try {
				dataset.value = JSON.parse(dataset.value, this.config?.reviver);
			} catch (error) {
				if (error instanceof Error) {
					_addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
					dataset.typed = false;
				} else throw error;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/partialCheck/utils/_isPartiallyTyped/_isPartiallyTyped.ts
/**
* Checks if a dataset is partially typed.
*
* @param dataset The dataset to check.
* @param paths The paths to check.
*
* @returns Whether it is partially typed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isPartiallyTyped(dataset, paths) {
	if (dataset.issues) for (const path of paths) for (const issue of dataset.issues) {
		let typed = false;
		const bound = Math.min(path.length, issue.path?.length ?? 0);
		for (let index = 0; index < bound; index++) if (path[index] !== issue.path[index].key && (path[index] !== "$" || issue.path[index].type !== "array")) {
			typed = true;
			break;
		}
		if (!typed) return false;
	}
	return true;
}

//#endregion
//#region src/actions/partialCheck/partialCheck.ts
/* @__NO_SIDE_EFFECTS__ */
function partialCheck(paths, requirement, message$1) {
	return {
		kind: "validation",
		type: "partial_check",
		reference: partialCheck,
		async: false,
		expects: null,
		paths,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/partialCheck/partialCheckAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function partialCheckAsync(paths, requirement, message$1) {
	return {
		kind: "validation",
		type: "partial_check",
		reference: partialCheckAsync,
		async: true,
		expects: null,
		paths,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !await this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawCheck/rawCheck.ts
/**
* Creates a raw check validation action.
*
* @param action The validation action.
*
* @returns A raw check action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawCheck(action) {
	return {
		kind: "validation",
		type: "raw_check",
		reference: rawCheck,
		async: false,
		expects: null,
		"~run"(dataset, config$1) {
			action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
			});
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawCheck/rawCheckAsync.ts
/**
* Creates a raw check validation action.
*
* @param action The validation action.
*
* @returns A raw check action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawCheckAsync(action) {
	return {
		kind: "validation",
		type: "raw_check",
		reference: rawCheckAsync,
		async: true,
		expects: null,
		async "~run"(dataset, config$1) {
			await action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
			});
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawTransform/rawTransform.ts
/**
* Creates a raw transformation action.
*
* @param action The transformation action.
*
* @returns A raw transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawTransform(action) {
	return {
		kind: "transformation",
		type: "raw_transform",
		reference: rawTransform,
		async: false,
		"~run"(dataset, config$1) {
			const output = action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
				NEVER: null
			});
			if (dataset.issues) dataset.typed = false;
			else dataset.value = output;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawTransform/rawTransformAsync.ts
/**
* Creates a raw transformation action.
*
* @param action The transformation action.
*
* @returns A raw transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawTransformAsync(action) {
	return {
		kind: "transformation",
		type: "raw_transform",
		reference: rawTransformAsync,
		async: true,
		async "~run"(dataset, config$1) {
			const output = await action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
				NEVER: null
			});
			if (dataset.issues) dataset.typed = false;
			else dataset.value = output;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/readonly/readonly.ts
/* @__NO_SIDE_EFFECTS__ */
function readonly() {
	return {
		kind: "transformation",
		type: "readonly",
		reference: readonly,
		async: false,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/reduceItems/reduceItems.ts
/* @__NO_SIDE_EFFECTS__ */
function reduceItems(operation, initial) {
	return {
		kind: "transformation",
		type: "reduce_items",
		reference: reduceItems,
		async: false,
		operation,
		initial,
		"~run"(dataset) {
			dataset.value = dataset.value.reduce(this.operation, this.initial);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/regex/regex.ts
/* @__NO_SIDE_EFFECTS__ */
function regex(requirement, message$1) {
	return {
		kind: "validation",
		type: "regex",
		reference: regex,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/returns/returns.ts
/* @__NO_SIDE_EFFECTS__ */
function returns(schema) {
	return {
		kind: "transformation",
		type: "returns",
		reference: returns,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = (...args_) => {
				const returnsDataset = this.schema["~run"]({ value: func(...args_) }, config$1);
				if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
				return returnsDataset.value;
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/returns/returnsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function returnsAsync(schema) {
	return {
		kind: "transformation",
		type: "returns",
		reference: returnsAsync,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = async (...args_) => {
				const returnsDataset = await this.schema["~run"]({ value: await func(...args_) }, config$1);
				if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
				return returnsDataset.value;
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rfcEmail/rfcEmail.ts
/* @__NO_SIDE_EFFECTS__ */
function rfcEmail(message$1) {
	return {
		kind: "validation",
		type: "rfc_email",
		reference: rfcEmail,
		expects: null,
		async: false,
		requirement: RFC_EMAIL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/safeInteger/safeInteger.ts
/* @__NO_SIDE_EFFECTS__ */
function safeInteger(message$1) {
	return {
		kind: "validation",
		type: "safe_integer",
		reference: safeInteger,
		async: false,
		expects: null,
		requirement: Number.isSafeInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "safe integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/size/size.ts
/* @__NO_SIDE_EFFECTS__ */
function size(requirement, message$1) {
	return {
		kind: "validation",
		type: "size",
		reference: size,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size !== this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/slug/slug.ts
/* @__NO_SIDE_EFFECTS__ */
function slug(message$1) {
	return {
		kind: "validation",
		type: "slug",
		reference: slug,
		async: false,
		expects: null,
		requirement: SLUG_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "slug", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/someItem/someItem.ts
/* @__NO_SIDE_EFFECTS__ */
function someItem(requirement, message$1) {
	return {
		kind: "validation",
		type: "some_item",
		reference: someItem,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.some(this.requirement)) _addIssue(this, "item", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/sortItems/sortItems.ts
/* @__NO_SIDE_EFFECTS__ */
function sortItems(operation) {
	return {
		kind: "transformation",
		type: "sort_items",
		reference: sortItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.sort(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/startsWith/startsWith.ts
/* @__NO_SIDE_EFFECTS__ */
function startsWith(requirement, message$1) {
	return {
		kind: "validation",
		type: "starts_with",
		reference: startsWith,
		async: false,
		expects: `"${requirement}"`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.startsWith(this.requirement)) _addIssue(this, "start", dataset, config$1, { received: `"${dataset.value.slice(0, this.requirement.length)}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/stringifyJson/stringifyJson.ts
/* @__NO_SIDE_EFFECTS__ */
function stringifyJson(config$1, message$1) {
	return {
		kind: "transformation",
		type: "stringify_json",
		reference: stringifyJson,
		message: message$1,
		config: config$1,
		async: false,
		"~run"(dataset, config$2) {
			try {
				const output = JSON.stringify(dataset.value, this.config?.replacer, this.config?.space);
				if (output === void 0) {
					_addIssue(this, "JSON", dataset, config$2);
					dataset.typed = false;
				} else dataset.value = output;
			} catch (error) {
				if (error instanceof Error) {
					_addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
					dataset.typed = false;
				} else throw error;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/title/title.ts
/**
* Creates a title metadata action.
*
* @param title_ The title text.
*
* @returns A title action.
*/
/* @__NO_SIDE_EFFECTS__ */
function title(title_) {
	return {
		kind: "metadata",
		type: "title",
		reference: title,
		title: title_
	};
}

//#endregion
//#region src/actions/toBigint/toBigint.ts
/* @__NO_SIDE_EFFECTS__ */
function toBigint(message$1) {
	return {
		kind: "transformation",
		type: "to_bigint",
		reference: toBigint,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = BigInt(dataset.value);
			} catch {
				_addIssue(this, "bigint", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toBoolean/toBoolean.ts
/**
* Creates a to boolean transformation action.
*
* @returns A to boolean action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toBoolean() {
	return {
		kind: "transformation",
		type: "to_boolean",
		reference: toBoolean,
		async: false,
		"~run"(dataset) {
			dataset.value = Boolean(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toCamelCase/toCamelCase.ts
/**
* Creates a to camel case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parseUrlValue`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2Name`).
*
* @returns A to camel case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toCamelCase() {
	return {
		kind: "transformation",
		type: "to_camel_case",
		reference: toCamelCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", false, true);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toDate/toDate.ts
/* @__NO_SIDE_EFFECTS__ */
function toDate(message$1) {
	return {
		kind: "transformation",
		type: "to_date",
		reference: toDate,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = new Date(dataset.value);
				if (isNaN(dataset.value)) {
					_addIssue(this, "date", dataset, config$1, { received: "\"Invalid Date\"" });
					dataset.typed = false;
				}
			} catch {
				_addIssue(this, "date", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toKebabCase/toKebabCase.ts
/**
* Creates a to kebab case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parse-url-value`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2-name`).
*
* @returns A to kebab case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toKebabCase() {
	return {
		kind: "transformation",
		type: "to_kebab_case",
		reference: toKebabCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "-", false, false);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toLowerCase/toLowerCase.ts
/**
* Creates a to lower case transformation action.
*
* @returns A to lower case action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toLowerCase() {
	return {
		kind: "transformation",
		type: "to_lower_case",
		reference: toLowerCase,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.toLowerCase();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toMaxValue/toMaxValue.ts
/**
* Creates a to max value transformation action.
*
* @param requirement The maximum value.
*
* @returns A to max value action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toMaxValue(requirement) {
	return {
		kind: "transformation",
		type: "to_max_value",
		reference: toMaxValue,
		async: false,
		requirement,
		"~run"(dataset) {
			dataset.value = dataset.value > this.requirement ? this.requirement : dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toMinValue/toMinValue.ts
/**
* Creates a to min value transformation action.
*
* @param requirement The minimum value.
*
* @returns A to min value action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toMinValue(requirement) {
	return {
		kind: "transformation",
		type: "to_min_value",
		reference: toMinValue,
		async: false,
		requirement,
		"~run"(dataset) {
			dataset.value = dataset.value < this.requirement ? this.requirement : dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toNumber/toNumber.ts
/* @__NO_SIDE_EFFECTS__ */
function toNumber(message$1) {
	return {
		kind: "transformation",
		type: "to_number",
		reference: toNumber,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = Number(dataset.value);
				if (isNaN(dataset.value)) {
					_addIssue(this, "number", dataset, config$1);
					dataset.typed = false;
				}
			} catch {
				_addIssue(this, "number", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toPascalCase/toPascalCase.ts
/**
* Creates a to pascal case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `ParseUrlValue`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `Item2Name`).
*
* @returns A to pascal case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toPascalCase() {
	return {
		kind: "transformation",
		type: "to_pascal_case",
		reference: toPascalCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", true, true);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toSnakeCase/toSnakeCase.ts
/**
* Creates a to snake case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parse_url_value`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2_name`).
*
* @returns A to snake case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toSnakeCase() {
	return {
		kind: "transformation",
		type: "to_snake_case",
		reference: toSnakeCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "_", false, false);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toString/toString.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_toString(message$1) {
	return {
		kind: "transformation",
		type: "to_string",
		reference: dist_toString,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = String(dataset.value);
			} catch {
				_addIssue(this, "string", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toUpperCase/toUpperCase.ts
/**
* Creates a to upper case transformation action.
*
* @returns A to upper case action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toUpperCase() {
	return {
		kind: "transformation",
		type: "to_upper_case",
		reference: toUpperCase,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.toUpperCase();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/transform/transform.ts
/**
* Creates a custom transformation action.
*
* @param operation The transformation operation.
*
* @returns A transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function transform(operation) {
	return {
		kind: "transformation",
		type: "transform",
		reference: transform,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = this.operation(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/transform/transformAsync.ts
/**
* Creates a custom transformation action.
*
* @param operation The transformation operation.
*
* @returns A transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function transformAsync(operation) {
	return {
		kind: "transformation",
		type: "transform",
		reference: transformAsync,
		async: true,
		operation,
		async "~run"(dataset) {
			dataset.value = await this.operation(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trim/trim.ts
/**
* Creates a trim transformation action.
*
* @returns A trim action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trim() {
	return {
		kind: "transformation",
		type: "trim",
		reference: trim,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trim();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trimEnd/trimEnd.ts
/**
* Creates a trim end transformation action.
*
* @returns A trim end action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trimEnd() {
	return {
		kind: "transformation",
		type: "trim_end",
		reference: trimEnd,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trimEnd();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trimStart/trimStart.ts
/**
* Creates a trim start transformation action.
*
* @returns A trim start action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trimStart() {
	return {
		kind: "transformation",
		type: "trim_start",
		reference: trimStart,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trimStart();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ulid/ulid.ts
/* @__NO_SIDE_EFFECTS__ */
function ulid(message$1) {
	return {
		kind: "validation",
		type: "ulid",
		reference: ulid,
		async: false,
		expects: null,
		requirement: ULID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ULID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/url/url.ts
/* @__NO_SIDE_EFFECTS__ */
function url(message$1) {
	return {
		kind: "validation",
		type: "url",
		reference: url,
		async: false,
		expects: null,
		requirement(input) {
			try {
				if (URL.canParse) return URL.canParse(input);
				new URL(input);
				return true;
			} catch {
				return false;
			}
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "URL", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/uuid/uuid.ts
/* @__NO_SIDE_EFFECTS__ */
function uuid(message$1) {
	return {
		kind: "validation",
		type: "uuid",
		reference: uuid,
		async: false,
		expects: null,
		requirement: UUID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "UUID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/value/value.ts
/* @__NO_SIDE_EFFECTS__ */
function value(requirement, message$1) {
	return {
		kind: "validation",
		type: "value",
		reference: value,
		async: false,
		expects: requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement),
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !/* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/values/values.ts
/* @__NO_SIDE_EFFECTS__ */
function values(requirement, message$1) {
	return {
		kind: "validation",
		type: "values",
		reference: values,
		async: false,
		expects: `${/* @__PURE__ */ _joinExpects(requirement.map((value$1) => value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1)), "|")}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/words/words.ts
/* @__NO_SIDE_EFFECTS__ */
function words(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "words",
		reference: words,
		async: false,
		expects: `${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count !== this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/const.ts
const ABORT_EARLY_CONFIG = { abortEarly: true };

//#endregion
//#region src/methods/assert/assert.ts
/**
* Checks if the input matches the schema. As this is an assertion function, it
* can be used as a type guard.
*
* @param schema The schema to be used.
* @param input The input to be tested.
*/
function assert(schema, input) {
	const issues = schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
	if (issues) throw new ValiError(issues);
}

//#endregion
//#region src/methods/cache/_LruCache.ts
/**
* Efficient LRU cache using Map iteration order.
*/
var _LruCache = class {
	constructor(config$1) {
		this.refCount = 0;
		this.maxSize = config$1?.maxSize ?? 1e3;
		this.maxAge = config$1?.maxAge ?? Infinity;
		this.hasMaxAge = isFinite(this.maxAge);
	}
	/**
	* Stringifies an unknown input to a cache key component.
	*
	* @param input The unknown input.
	*
	* @returns A cache key component.
	*/
	stringify(input) {
		const type = typeof input;
		if (type === "string") return `"${input}"`;
		if (type === "number" || type === "boolean") return `${input}`;
		if (type === "bigint") return `${input}n`;
		if (type === "object" || type === "function") {
			if (input) {
				this.refIds ?? (this.refIds = /* @__PURE__ */ new WeakMap());
				let id = this.refIds.get(input);
				if (!id) {
					id = ++this.refCount;
					this.refIds.set(input, id);
				}
				return `#${id}`;
			}
			return "null";
		}
		return type;
	}
	/**
	* Creates a cache key from input and config.
	*
	* @param input The input value.
	* @param config The parse configuration.
	*
	* @returns The cache key.
	*/
	key(input, config$1 = {}) {
		return `${this.stringify(input)}|${this.stringify(config$1.lang)}|${this.stringify(config$1.message)}|${this.stringify(config$1.abortEarly)}|${this.stringify(config$1.abortPipeEarly)}`;
	}
	/**
	* Gets a value from the cache by key.
	*
	* @param key The cache key.
	*
	* @returns The cached value.
	*/
	get(key) {
		if (!this.store) return void 0;
		const entry = this.store.get(key);
		if (!entry) return void 0;
		if (this.hasMaxAge && Date.now() - entry[1] > this.maxAge) {
			this.store.delete(key);
			return;
		}
		this.store.delete(key);
		this.store.set(key, entry);
		return entry[0];
	}
	/**
	* Sets a value in the cache by key.
	*
	* @param key The cache key.
	* @param value The cached value.
	*/
	set(key, value$1) {
		this.store ?? (this.store = /* @__PURE__ */ new Map());
		this.store.delete(key);
		const timestamp = this.hasMaxAge ? Date.now() : 0;
		this.store.set(key, [value$1, timestamp]);
		if (this.store.size > this.maxSize) this.store.delete(this.store.keys().next().value);
	}
	/**
	* Clears all entries from the cache.
	*/
	clear() {
		this.store?.clear();
	}
};

//#endregion
//#region src/methods/cache/cache.ts
/* @__NO_SIDE_EFFECTS__ */
function cache(schema, config$1) {
	return _standardSchema({
		...schema,
		cacheConfig: config$1,
		cache: new _LruCache(config$1),
		"~run"(dataset, runConfig) {
			const key = this.cache.key(dataset.value, runConfig);
			let outputDataset = this.cache.get(key);
			if (!outputDataset) this.cache.set(key, outputDataset = schema["~run"](dataset, runConfig));
			return /* @__PURE__ */ _cloneDataset(outputDataset);
		}
	});
}

//#endregion
//#region src/methods/cache/cacheAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function cacheAsync(schema, config$1) {
	let activeRuns;
	return _standardSchema({
		...schema,
		async: true,
		cacheConfig: config$1,
		cache: new _LruCache(config$1),
		async "~run"(dataset, runConfig) {
			const key = this.cache.key(dataset.value, runConfig);
			const cached = this.cache.get(key);
			if (cached) return /* @__PURE__ */ _cloneDataset(cached);
			let promise$1 = activeRuns?.get(key);
			if (!promise$1) {
				activeRuns ?? (activeRuns = /* @__PURE__ */ new Map());
				promise$1 = Promise.resolve(schema["~run"](dataset, runConfig));
				activeRuns.set(key, promise$1);
			}
			try {
				const outputDataset = await promise$1;
				this.cache.set(key, outputDataset);
				return /* @__PURE__ */ _cloneDataset(outputDataset);
			} finally {
				activeRuns?.delete(key);
			}
		}
	});
}

//#endregion
//#region src/methods/config/config.ts
/**
* Changes the local configuration of a schema.
*
* @param schema The schema to configure.
* @param config The parse configuration.
*
* @returns The configured schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function config(schema, config$1) {
	return _standardSchema({
		...schema,
		"~run"(dataset, config_) {
			return schema["~run"](dataset, {
				...config_,
				...config$1
			});
		}
	});
}

//#endregion
//#region src/methods/getFallback/getFallback.ts
/**
* Returns the fallback value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The output dataset if available.
* @param config The config if available.
*
* @returns The fallback value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallback(schema, dataset, config$1) {
	return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}

//#endregion
//#region src/methods/fallback/fallback.ts
/**
* Returns a fallback value as output if the input does not match the schema.
*
* @param schema The schema to catch.
* @param fallback The fallback value.
*
* @returns The passed schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function fallback(schema, fallback$1) {
	return _standardSchema({
		...schema,
		fallback: fallback$1,
		"~run"(dataset, config$1) {
			const outputDataset = schema["~run"](dataset, config$1);
			return outputDataset.issues ? {
				typed: true,
				value: /* @__PURE__ */ getFallback(this, outputDataset, config$1)
			} : outputDataset;
		}
	});
}

//#endregion
//#region src/methods/fallback/fallbackAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function fallbackAsync(schema, fallback$1) {
	return _standardSchema({
		...schema,
		fallback: fallback$1,
		async: true,
		async "~run"(dataset, config$1) {
			const outputDataset = await schema["~run"](dataset, config$1);
			return outputDataset.issues ? {
				typed: true,
				value: await /* @__PURE__ */ getFallback(this, outputDataset, config$1)
			} : outputDataset;
		}
	});
}

//#endregion
//#region src/methods/flatten/flatten.ts
/* @__NO_SIDE_EFFECTS__ */
function flatten(issues) {
	const flatErrors = {};
	for (const issue of issues) if (issue.path) {
		const dotPath = /* @__PURE__ */ getDotPath(issue);
		if (dotPath) {
			if (!flatErrors.nested) flatErrors.nested = {};
			if (Object.prototype.hasOwnProperty.call(flatErrors.nested, dotPath)) flatErrors.nested[dotPath].push(issue.message);
			else flatErrors.nested[dotPath] = [issue.message];
		} else if (flatErrors.other) flatErrors.other.push(issue.message);
		else flatErrors.other = [issue.message];
	} else if (flatErrors.root) flatErrors.root.push(issue.message);
	else flatErrors.root = [issue.message];
	return flatErrors;
}

//#endregion
//#region src/methods/forward/forward.ts
/**
* Forwards the issues of the passed validation action.
*
* @param action The validation action.
* @param path The path to forward the issues to.
*
* @returns The modified action.
*/
/* @__NO_SIDE_EFFECTS__ */
function forward(action, path) {
	return {
		...action,
		"~run"(dataset, config$1) {
			const prevIssues = dataset.issues && [...dataset.issues];
			dataset = action["~run"](dataset, config$1);
			if (dataset.issues) {
				for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
					let pathInput = dataset.value;
					for (const key of path) {
						const pathValue = pathInput[key];
						const pathItem = {
							type: "unknown",
							origin: "value",
							input: pathInput,
							key,
							value: pathValue
						};
						if (issue.path) issue.path.push(pathItem);
						else issue.path = [pathItem];
						if (!pathValue) break;
						pathInput = pathValue;
					}
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/forward/forwardAsync.ts
/**
* Forwards the issues of the passed validation action.
*
* @param action The validation action.
* @param path The path to forward the issues to.
*
* @returns The modified action.
*/
/* @__NO_SIDE_EFFECTS__ */
function forwardAsync(action, path) {
	return {
		...action,
		async: true,
		async "~run"(dataset, config$1) {
			const prevIssues = dataset.issues && [...dataset.issues];
			dataset = await action["~run"](dataset, config$1);
			if (dataset.issues) {
				for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
					let pathInput = dataset.value;
					for (const key of path) {
						const pathValue = pathInput[key];
						const pathItem = {
							type: "unknown",
							origin: "value",
							input: pathInput,
							key,
							value: pathValue
						};
						if (issue.path) issue.path.push(pathItem);
						else issue.path = [pathItem];
						if (!pathValue) break;
						pathInput = pathValue;
					}
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/getDefault/getDefault.ts
/**
* Returns the default value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The input dataset if available.
* @param config The config if available.
*
* @returns The default value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefault(schema, dataset, config$1) {
	return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}

//#endregion
//#region src/methods/getDefaults/getDefaults.ts
/**
* Returns the default values of the schema.
*
* Hint: The difference to `getDefault` is that for object and tuple schemas
* this function recursively returns the default values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The default values.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefaults(schema) {
	if ("entries" in schema) {
		const object$1 = {};
		for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getDefaults(schema.entries[key]);
		return object$1;
	}
	if ("items" in schema) return schema.items.map(getDefaults);
	return /* @__PURE__ */ getDefault(schema);
}

//#endregion
//#region src/methods/getDefaults/getDefaultsAsync.ts
/**
* Returns the default values of the schema.
*
* Hint: The difference to `getDefault` is that for object and tuple schemas
* this function recursively returns the default values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The default values.
*/
/* @__NO_SIDE_EFFECTS__ */
async function getDefaultsAsync(schema) {
	if ("entries" in schema) return Object.fromEntries(await Promise.all(Object.entries(schema.entries).map(async ([key, value$1]) => [key, await /* @__PURE__ */ getDefaultsAsync(value$1)])));
	if ("items" in schema) return Promise.all(schema.items.map(getDefaultsAsync));
	return /* @__PURE__ */ getDefault(schema);
}

//#endregion
//#region src/methods/getDescription/getDescription.ts
/**
* Returns the description of the schema.
*
* If multiple descriptions are defined, the last one of the highest level is
* returned. If no description is defined, `undefined` is returned.
*
* @param schema The schema to get the description from.
*
* @returns The description, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getDescription(schema) {
	return /* @__PURE__ */ _getLastMetadata(schema, "description");
}

//#endregion
//#region src/methods/getExamples/getExamples.ts
/**
* Returns the examples of a schema.
*
* If multiple examples are defined, it concatenates them using depth-first
* search. If no examples are defined, an empty array is returned.
*
* @param schema The schema to get the examples from.
*
* @returns The examples, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getExamples(schema) {
	const examples$1 = [];
	function depthFirstCollect(schema$1) {
		if ("pipe" in schema$1) {
			for (const item of schema$1.pipe) if (item.kind === "schema" && "pipe" in item) depthFirstCollect(item);
			else if (item.kind === "metadata" && item.type === "examples") for (const example of item.examples) examples$1.push(example);
		}
	}
	depthFirstCollect(schema);
	return examples$1;
}

//#endregion
//#region src/methods/getFallbacks/getFallbacks.ts
/**
* Returns the fallback values of the schema.
*
* Hint: The difference to `getFallback` is that for object and tuple schemas
* this function recursively returns the fallback values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The fallback values.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallbacks(schema) {
	if ("entries" in schema) {
		const object$1 = {};
		for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getFallbacks(schema.entries[key]);
		return object$1;
	}
	if ("items" in schema) return schema.items.map(getFallbacks);
	return /* @__PURE__ */ getFallback(schema);
}

//#endregion
//#region src/methods/getFallbacks/getFallbacksAsync.ts
/**
* Returns the fallback values of the schema.
*
* Hint: The difference to `getFallback` is that for object and tuple schemas
* this function recursively returns the fallback values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The fallback values.
*/
/* @__NO_SIDE_EFFECTS__ */
async function getFallbacksAsync(schema) {
	if ("entries" in schema) return Object.fromEntries(await Promise.all(Object.entries(schema.entries).map(async ([key, value$1]) => [key, await /* @__PURE__ */ getFallbacksAsync(value$1)])));
	if ("items" in schema) return Promise.all(schema.items.map(getFallbacksAsync));
	return /* @__PURE__ */ getFallback(schema);
}

//#endregion
//#region src/methods/getMetadata/getMetadata.ts
/**
* Returns the metadata of a schema.
*
* If multiple metadata are defined, it shallowly merges them using depth-first
* search. If no metadata is defined, an empty object is returned.
*
* @param schema Schema to get the metadata from.
*
* @returns The metadata, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getMetadata(schema) {
	const result = {};
	function depthFirstMerge(schema$1) {
		if ("pipe" in schema$1) {
			for (const item of schema$1.pipe) if (item.kind === "schema" && "pipe" in item) depthFirstMerge(item);
			else if (item.kind === "metadata" && item.type === "metadata") Object.assign(result, item.metadata);
		}
	}
	depthFirstMerge(schema);
	return result;
}

//#endregion
//#region src/methods/getTitle/getTitle.ts
/**
* Returns the title of the schema.
*
* If multiple titles are defined, the last one of the highest level is
* returned. If no title is defined, `undefined` is returned.
*
* @param schema The schema to get the title from.
*
* @returns The title, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getTitle(schema) {
	return /* @__PURE__ */ _getLastMetadata(schema, "title");
}

//#endregion
//#region src/methods/is/is.ts
/**
* Checks if the input matches the schema. By using a type predicate, this
* function can be used as a type guard.
*
* @param schema The schema to be used.
* @param input The input to be tested.
*
* @returns Whether the input matches the schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function is(schema, input) {
	return !schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
}

//#endregion
//#region src/schemas/any/any.ts
/**
* Creates an any schema.
*
* Hint: This schema function exists only for completeness and is not
* recommended in practice. Instead, `unknown` should be used to accept
* unknown data.
*
* @returns An any schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function any() {
	return _standardSchema({
		kind: "schema",
		type: "any",
		reference: any,
		expects: "any",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/array/array.ts
/* @__NO_SIDE_EFFECTS__ */
function array(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: array,
		expects: "Array",
		async: false,
		item,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/array/arrayAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function arrayAsync(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: arrayAsync,
		expects: "Array",
		async: true,
		item,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(input.map((value$1) => this.item["~run"]({ value: value$1 }, config$1)));
				for (let key = 0; key < itemDatasets.length; key++) {
					const itemDataset = itemDatasets[key];
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: input[key]
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/bigint/bigint.ts
/* @__NO_SIDE_EFFECTS__ */
function bigint(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "bigint",
		reference: bigint,
		expects: "bigint",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "bigint") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/blob/blob.ts
/* @__NO_SIDE_EFFECTS__ */
function blob(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "blob",
		reference: blob,
		expects: "Blob",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Blob) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/boolean/boolean.ts
/* @__NO_SIDE_EFFECTS__ */
function dist_boolean(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "boolean",
		reference: dist_boolean,
		expects: "boolean",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "boolean") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/custom.ts
/* @__NO_SIDE_EFFECTS__ */
function custom(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: custom,
		expects: "unknown",
		async: false,
		check: check$1,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/customAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function customAsync(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: customAsync,
		expects: "unknown",
		async: true,
		check: check$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (await this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/date/date.ts
/* @__NO_SIDE_EFFECTS__ */
function date(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "date",
		reference: date,
		expects: "Date",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Date) if (!isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1, { received: "\"Invalid Date\"" });
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/enum/enum.ts
/* @__NO_SIDE_EFFECTS__ */
function enum_(enum__, message$1) {
	const options = [];
	for (const key in enum__) if (`${+key}` !== key || typeof enum__[key] !== "string" || !Object.is(enum__[enum__[key]], +key)) options.push(enum__[key]);
	return _standardSchema({
		kind: "schema",
		type: "enum",
		reference: enum_,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		enum: enum__,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/exactOptional/exactOptional.ts
/* @__NO_SIDE_EFFECTS__ */
function exactOptional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "exact_optional",
		reference: exactOptional,
		expects: wrapped.expects,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/exactOptional/exactOptionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function exactOptionalAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "exact_optional",
		reference: exactOptionalAsync,
		expects: wrapped.expects,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/file/file.ts
/* @__NO_SIDE_EFFECTS__ */
function file(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "file",
		reference: file,
		expects: "File",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof File) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/function/function.ts
/* @__NO_SIDE_EFFECTS__ */
function function_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "function",
		reference: function_,
		expects: "Function",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "function") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/instance/instance.ts
/* @__NO_SIDE_EFFECTS__ */
function instance(class_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "instance",
		reference: instance,
		expects: class_.name,
		async: false,
		class: class_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof this.class) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/intersect/utils/_merge/_merge.ts
/**
* Merges two values into one single output.
*
* @param value1 First value.
* @param value2 Second value.
*
* @returns The merge dataset.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _merge(value1, value2) {
	if (typeof value1 === typeof value2) {
		if (/* @__PURE__ */ _isSameValueZero(value1, value2) || value1 instanceof Date && value2 instanceof Date && /* @__PURE__ */ _isSameValueZero(+value1, +value2)) return { value: value1 };
		if (value1 && value2 && value1.constructor === Object && value2.constructor === Object) {
			const nextValue = {
				...value1,
				...value2
			};
			for (const key in value2) if (Object.prototype.hasOwnProperty.call(value1, key) && Object.prototype.hasOwnProperty.call(value2, key)) {
				const dataset = /* @__PURE__ */ _merge(value1[key], value2[key]);
				if (dataset.issue) return dataset;
				nextValue[key] = dataset.value;
			}
			return { value: nextValue };
		}
		if (Array.isArray(value1) && Array.isArray(value2)) {
			if (value1.length === value2.length) {
				const nextValue = [...value1];
				for (let index = 0; index < value1.length; index++) {
					const dataset = /* @__PURE__ */ _merge(value1[index], value2[index]);
					if (dataset.issue) return dataset;
					nextValue[index] = dataset.value;
				}
				return { value: nextValue };
			}
		}
	}
	return { issue: true };
}

//#endregion
//#region src/schemas/intersect/intersect.ts
/* @__NO_SIDE_EFFECTS__ */
function intersect(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "intersect",
		reference: intersect,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "&"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.length) {
				const input = dataset.value;
				let outputs;
				dataset.typed = true;
				for (const schema of this.options) {
					const optionDataset = schema["~run"]({ value: input }, config$1);
					if (optionDataset.issues) {
						if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
						else dataset.issues = optionDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!optionDataset.typed) dataset.typed = false;
					if (dataset.typed) if (outputs) outputs.push(optionDataset.value);
					else outputs = [optionDataset.value];
				}
				if (dataset.typed) {
					dataset.value = outputs[0];
					for (let index = 1; index < outputs.length; index++) {
						const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
						if (mergeDataset.issue) {
							_addIssue(this, "type", dataset, config$1, { received: "unknown" });
							break;
						}
						dataset.value = mergeDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/intersect/intersectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function intersectAsync(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "intersect",
		reference: intersectAsync,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "&"),
		async: true,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (this.options.length) {
				const input = dataset.value;
				let outputs;
				dataset.typed = true;
				const optionDatasets = await Promise.all(this.options.map((schema) => schema["~run"]({ value: input }, config$1)));
				for (const optionDataset of optionDatasets) {
					if (optionDataset.issues) {
						if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
						else dataset.issues = optionDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!optionDataset.typed) dataset.typed = false;
					if (dataset.typed) if (outputs) outputs.push(optionDataset.value);
					else outputs = [optionDataset.value];
				}
				if (dataset.typed) {
					dataset.value = outputs[0];
					for (let index = 1; index < outputs.length; index++) {
						const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
						if (mergeDataset.issue) {
							_addIssue(this, "type", dataset, config$1, { received: "unknown" });
							break;
						}
						dataset.value = mergeDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazy.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazy(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazy,
		expects: "unknown",
		async: false,
		getter,
		"~run"(dataset, config$1) {
			return this.getter(dataset.value)["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazyAsync.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazyAsync(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazyAsync,
		expects: "unknown",
		async: true,
		getter,
		async "~run"(dataset, config$1) {
			return (await this.getter(dataset.value))["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/literal/literal.ts
/* @__NO_SIDE_EFFECTS__ */
function literal(literal_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "literal",
		reference: literal,
		expects: /* @__PURE__ */ _stringify(literal_),
		async: false,
		literal: literal_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseObject/looseObject.ts
/* @__NO_SIDE_EFFECTS__ */
function looseObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_object",
		reference: looseObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseObject/looseObjectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function looseObjectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_object",
		reference: looseObjectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseTuple/looseTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function looseTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_tuple",
		reference: looseTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseTuple/looseTupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function looseTupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_tuple",
		reference: looseTupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/map/map.ts
/* @__NO_SIDE_EFFECTS__ */
function map(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "map",
		reference: map,
		expects: "Map",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Map) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Map();
				for (const [inputKey, inputValue] of input) {
					const keyDataset = this.key["~run"]({ value: inputKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "key",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of keyDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "value",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					dataset.value.set(keyDataset.value, valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/map/mapAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function mapAsync(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "map",
		reference: mapAsync,
		expects: "Map",
		async: true,
		key,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Map) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Map();
				const datasets = await Promise.all([...input].map(([inputKey, inputValue]) => Promise.all([
					inputKey,
					inputValue,
					this.key["~run"]({ value: inputKey }, config$1),
					this.value["~run"]({ value: inputValue }, config$1)
				])));
				for (const [inputKey, inputValue, keyDataset, valueDataset] of datasets) {
					if (keyDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "key",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of keyDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (valueDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "value",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					dataset.value.set(keyDataset.value, valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nan/nan.ts
/* @__NO_SIDE_EFFECTS__ */
function nan(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "nan",
		reference: nan,
		expects: "NaN",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (Number.isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/never/never.ts
/* @__NO_SIDE_EFFECTS__ */
function never(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "never",
		reference: never,
		expects: "never",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			_addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullable/nonNullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullable(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullable",
		reference: nonNullable,
		expects: "!null",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value !== null) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullable/nonNullableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullableAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullable",
		reference: nonNullableAsync,
		expects: "!null",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.value !== null) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullish/nonNullish.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullish(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullish",
		reference: nonNullish,
		expects: "(!null & !undefined)",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!(dataset.value === null || dataset.value === void 0)) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullish/nonNullishAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullishAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullish",
		reference: nonNullishAsync,
		expects: "(!null & !undefined)",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (!(dataset.value === null || dataset.value === void 0)) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonOptional/nonOptional.ts
/* @__NO_SIDE_EFFECTS__ */
function nonOptional(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_optional",
		reference: nonOptional,
		expects: "!undefined",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value !== void 0) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonOptional/nonOptionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonOptionalAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_optional",
		reference: nonOptionalAsync,
		expects: "!undefined",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.value !== void 0) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/null/null.ts
/* @__NO_SIDE_EFFECTS__ */
function null_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "null",
		reference: null_,
		expects: "null",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === null) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nullable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullable,
		expects: `(${wrapped.expects} | null)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nullableAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullableAsync,
		expects: `(${wrapped.expects} | null)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullish/nullish.ts
/* @__NO_SIDE_EFFECTS__ */
function nullish(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullish",
		reference: nullish,
		expects: `(${wrapped.expects} | null | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null || dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null || dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullish/nullishAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nullishAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullish",
		reference: nullishAsync,
		expects: `(${wrapped.expects} | null | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === null || dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null || dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/number/number.ts
/* @__NO_SIDE_EFFECTS__ */
function number(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "number",
		reference: number,
		expects: "number",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/object.ts
/* @__NO_SIDE_EFFECTS__ */
function object(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: object,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/objectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function objectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: objectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/objectWithRest/objectWithRest.ts
/* @__NO_SIDE_EFFECTS__ */
function objectWithRest(entries$1, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object_with_rest",
		reference: objectWithRest,
		expects: "Object",
		async: false,
		entries: entries$1,
		rest,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) {
						const valueDataset = this.rest["~run"]({ value: input[key] }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: input[key]
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/objectWithRest/objectWithRestAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function objectWithRestAsync(entries$1, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object_with_rest",
		reference: objectWithRestAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		rest,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const [normalDatasets, restDatasets] = await Promise.all([Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				})), Promise.all(Object.entries(input).filter(([key]) => /* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)).map(async ([key, value$1]) => [
					key,
					value$1,
					await this.rest["~run"]({ value: value$1 }, config$1)
				]))]);
				for (const [key, value$1, valueSchema, valueDataset] of normalDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) for (const [key, value$1, valueDataset] of restDatasets) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/optional/optional.ts
/* @__NO_SIDE_EFFECTS__ */
function optional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optional,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/optional/optionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function optionalAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optionalAsync,
		expects: `(${wrapped.expects} | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/picklist/picklist.ts
/* @__NO_SIDE_EFFECTS__ */
function picklist(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "picklist",
		reference: picklist,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/promise/promise.ts
/* @__NO_SIDE_EFFECTS__ */
function promise(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "promise",
		reference: promise,
		expects: "Promise",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Promise) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/record.ts
/* @__NO_SIDE_EFFECTS__ */
function record(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: record,
		expects: "Object",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const entryKey in input) if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
					const entryValue = input[entryKey];
					const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/recordAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function recordAsync(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: recordAsync,
		expects: "Object",
		async: true,
		key,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const datasets = await Promise.all(Object.entries(input).filter(([key$1]) => /* @__PURE__ */ _isValidObjectKey(input, key$1)).map(([entryKey, entryValue]) => Promise.all([
					entryKey,
					entryValue,
					this.key["~run"]({ value: entryKey }, config$1),
					this.value["~run"]({ value: entryValue }, config$1)
				])));
				for (const [entryKey, entryValue, keyDataset, valueDataset] of datasets) {
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/set/set.ts
/* @__NO_SIDE_EFFECTS__ */
function set(value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "set",
		reference: set,
		expects: "Set",
		async: false,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Set) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Set();
				for (const inputValue of input) {
					const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "set",
							origin: "value",
							input,
							key: null,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value.add(valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/set/setAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function setAsync(value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "set",
		reference: setAsync,
		expects: "Set",
		async: true,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Set) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Set();
				const valueDatasets = await Promise.all([...input].map(async (inputValue) => [inputValue, await this.value["~run"]({ value: inputValue }, config$1)]));
				for (const [inputValue, valueDataset] of valueDatasets) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "set",
							origin: "value",
							input,
							key: null,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value.add(valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObject.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObjectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObjectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObjectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/string/string.ts
/* @__NO_SIDE_EFFECTS__ */
function string(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "string",
		reference: string,
		expects: "string",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "string") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/symbol/symbol.ts
/* @__NO_SIDE_EFFECTS__ */
function symbol(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "symbol",
		reference: symbol,
		expects: "symbol",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "symbol") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tuple/tuple.ts
/* @__NO_SIDE_EFFECTS__ */
function tuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple",
		reference: tuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tuple/tupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple",
		reference: tupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tupleWithRest/tupleWithRest.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleWithRest(items, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple_with_rest",
		reference: tupleWithRest,
		expects: "Array",
		async: false,
		items,
		rest,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.rest["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tupleWithRest/tupleWithRestAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleWithRestAsync(items, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple_with_rest",
		reference: tupleWithRestAsync,
		expects: "Array",
		async: true,
		items,
		rest,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const [normalDatasets, restDatasets] = await Promise.all([Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				})), Promise.all(input.slice(this.items.length).map(async (value$1, key) => {
					return [
						key + this.items.length,
						value$1,
						await this.rest["~run"]({ value: value$1 }, config$1)
					];
				}))]);
				for (const [key, value$1, itemDataset] of normalDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (const [key, value$1, itemDataset] of restDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/undefined/undefined.ts
/* @__NO_SIDE_EFFECTS__ */
function undefined_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "undefined",
		reference: undefined_,
		expects: "undefined",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/undefinedable/undefinedable.ts
/* @__NO_SIDE_EFFECTS__ */
function undefinedable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "undefinedable",
		reference: undefinedable,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/undefinedable/undefinedableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function undefinedableAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "undefinedable",
		reference: undefinedableAsync,
		expects: `(${wrapped.expects} | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/union/utils/_subIssues/_subIssues.ts
/**
* Returns the sub issues of the provided datasets for the union issue.
*
* @param datasets The datasets.
*
* @returns The sub issues.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _subIssues(datasets) {
	let issues;
	if (datasets) for (const dataset of datasets) if (issues) for (const issue of dataset.issues) issues.push(issue);
	else issues = dataset.issues;
	return issues;
}

//#endregion
//#region src/schemas/union/union.ts
/* @__NO_SIDE_EFFECTS__ */
function union(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: union,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/union/unionAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function unionAsync(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: unionAsync,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: true,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = await schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/unknown/unknown.ts
/**
* Creates a unknown schema.
*
* @returns A unknown schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unknown() {
	return _standardSchema({
		kind: "schema",
		type: "unknown",
		reference: unknown,
		expects: "unknown",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/variant/variant.ts
/* @__NO_SIDE_EFFECTS__ */
function variant(key, options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "variant",
		reference: variant,
		expects: "Object",
		async: false,
		key,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				let outputDataset;
				let maxDiscriminatorPriority = 0;
				let invalidDiscriminatorKey = this.key;
				let expectedDiscriminators = [];
				const parseOptions = (variant$1, allKeys) => {
					for (const schema of variant$1.options) {
						if (schema.type === "variant") parseOptions(schema, new Set(allKeys).add(schema.key));
						else {
							let keysAreValid = true;
							let currentPriority = 0;
							for (const currentKey of allKeys) {
								const discriminatorSchema = schema.entries[currentKey];
								if (currentKey in input ? discriminatorSchema["~run"]({
									typed: false,
									value: input[currentKey]
								}, ABORT_EARLY_CONFIG).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
									keysAreValid = false;
									if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
										maxDiscriminatorPriority = currentPriority;
										invalidDiscriminatorKey = currentKey;
										expectedDiscriminators = [];
									}
									if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
									break;
								}
								currentPriority++;
							}
							if (keysAreValid) {
								const optionDataset = schema["~run"]({ value: input }, config$1);
								if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
							}
						}
						if (outputDataset && !outputDataset.issues) break;
					}
				};
				parseOptions(this, new Set([this.key]));
				if (outputDataset) return outputDataset;
				_addIssue(this, "type", dataset, config$1, {
					input: input[invalidDiscriminatorKey],
					expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
					path: [{
						type: "object",
						origin: "value",
						input,
						key: invalidDiscriminatorKey,
						value: input[invalidDiscriminatorKey]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/variant/variantAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function variantAsync(key, options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "variant",
		reference: variantAsync,
		expects: "Object",
		async: true,
		key,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				let outputDataset;
				let maxDiscriminatorPriority = 0;
				let invalidDiscriminatorKey = this.key;
				let expectedDiscriminators = [];
				const parseOptions = async (variant$1, allKeys) => {
					for (const schema of variant$1.options) {
						if (schema.type === "variant") await parseOptions(schema, new Set(allKeys).add(schema.key));
						else {
							let keysAreValid = true;
							let currentPriority = 0;
							for (const currentKey of allKeys) {
								const discriminatorSchema = schema.entries[currentKey];
								if (currentKey in input ? (await discriminatorSchema["~run"]({
									typed: false,
									value: input[currentKey]
								}, ABORT_EARLY_CONFIG)).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
									keysAreValid = false;
									if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
										maxDiscriminatorPriority = currentPriority;
										invalidDiscriminatorKey = currentKey;
										expectedDiscriminators = [];
									}
									if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
									break;
								}
								currentPriority++;
							}
							if (keysAreValid) {
								const optionDataset = await schema["~run"]({ value: input }, config$1);
								if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
							}
						}
						if (outputDataset && !outputDataset.issues) break;
					}
				};
				await parseOptions(this, new Set([this.key]));
				if (outputDataset) return outputDataset;
				_addIssue(this, "type", dataset, config$1, {
					input: input[invalidDiscriminatorKey],
					expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
					path: [{
						type: "object",
						origin: "value",
						input,
						key: invalidDiscriminatorKey,
						value: input[invalidDiscriminatorKey]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/void/void.ts
/* @__NO_SIDE_EFFECTS__ */
function void_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "void",
		reference: void_,
		expects: "void",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/keyof/keyof.ts
/* @__NO_SIDE_EFFECTS__ */
function keyof(schema, message$1) {
	return /* @__PURE__ */ picklist(Object.keys(schema.entries), message$1);
}

//#endregion
//#region src/methods/message/message.ts
/**
* Changes the local message configuration of a schema.
*
* @param schema The schema to configure.
* @param message_ The error message.
*
* @returns The configured schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function message(schema, message_) {
	return _standardSchema({
		...schema,
		"~run"(dataset, config$1) {
			return schema["~run"](dataset, {
				...config$1,
				message: message_
			});
		}
	});
}

//#endregion
//#region src/methods/omit/omit.ts
/**
* Creates a modified copy of an object schema that does not contain the
* selected entries.
*
* @param schema The schema to omit from.
* @param keys The selected entries.
*
* @returns An object schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function omit(schema, keys) {
	const entries$1 = { ...schema.entries };
	for (const key of keys) delete entries$1[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/parse/parse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parsed input.
*/
function parse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	if (dataset.issues) throw new ValiError(dataset.issues);
	return dataset.value;
}

//#endregion
//#region src/methods/parse/parseAsync.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parsed input.
*/
async function parseAsync(schema, input, config$1) {
	const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	if (dataset.issues) throw new ValiError(dataset.issues);
	return dataset.value;
}

//#endregion
//#region src/methods/parser/parser.ts
/* @__NO_SIDE_EFFECTS__ */
function parser(schema, config$1) {
	const func = (input) => parse(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/parser/parserAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function parserAsync(schema, config$1) {
	const func = (input) => parseAsync(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/partial/partial.ts
/* @__NO_SIDE_EFFECTS__ */
function partial(schema, keys) {
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optional(schema.entries[key]) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/partial/partialAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function partialAsync(schema, keys) {
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optionalAsync(schema.entries[key]) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/pick/pick.ts
/**
* Creates a modified copy of an object schema that contains only the selected
* entries.
*
* @param schema The schema to pick from.
* @param keys The selected entries.
*
* @returns An object schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function pick(schema, keys) {
	const entries$1 = {};
	for (const key of keys) entries$1[key] = schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/pipe/pipe.ts
/* @__NO_SIDE_EFFECTS__ */
function pipe(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		"~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/pipe/pipeAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function pipeAsync(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		async: true,
		async "~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = await item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/required/required.ts
/* @__NO_SIDE_EFFECTS__ */
function required(schema, arg2, arg3) {
	const keys = Array.isArray(arg2) ? arg2 : void 0;
	const message$1 = Array.isArray(arg2) ? arg3 : arg2;
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ nonOptional(schema.entries[key], message$1) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/required/requiredAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function requiredAsync(schema, arg2, arg3) {
	const keys = Array.isArray(arg2) ? arg2 : void 0;
	const message$1 = Array.isArray(arg2) ? arg3 : arg2;
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ nonOptionalAsync(schema.entries[key], message$1) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/safeParse/safeParse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
function safeParse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

//#endregion
//#region src/methods/safeParse/safeParseAsync.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
async function safeParseAsync(schema, input, config$1) {
	const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

//#endregion
//#region src/methods/safeParser/safeParser.ts
/* @__NO_SIDE_EFFECTS__ */
function safeParser(schema, config$1) {
	const func = (input) => /* @__PURE__ */ safeParse(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/safeParser/safeParserAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function safeParserAsync(schema, config$1) {
	const func = (input) => /* @__PURE__ */ safeParseAsync(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/summarize/summarize.ts
/**
* Summarize the error messages of issues in a pretty-printable multi-line string.
*
* @param issues The list of issues.
*
* @returns A summary of the issues.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function summarize(issues) {
	let summary = "";
	for (const issue of issues) {
		if (summary) summary += "\n";
		summary += `× ${issue.message}`;
		const dotPath = /* @__PURE__ */ getDotPath(issue);
		if (dotPath) summary += `\n  → at ${dotPath}`;
	}
	return summary;
}

//#endregion
//#region src/methods/unwrap/unwrap.ts
/**
* Unwraps the wrapped schema.
*
* @param schema The schema to be unwrapped.
*
* @returns The unwrapped schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unwrap(schema) {
	return schema.wrapped;
}

//#endregion

;// CONCATENATED MODULE: ./src/docspace/answers.ts


/**
 * The shapes of the DocSpace answers this action reads, checked before anything is done with them: lenient
 * on fields the action does not read (a portal may add any), strict on the ones it does. Sources are
 * DocSpace-server v3.7.2 (`products/ASC.Files/Core/ApiModels/ResponseDto/*.cs`).
 */
/** An ApiDateTime: `2026-11-26T03:35:16.7110000Z`, or with an offset such as `+03:00` (ApiDateTime.cs:164-172). */
const ApiDate = pipe(string(), check((s) => !Number.isNaN(Date.parse(s)), 'a date'));
const ID = 'a DocSpace ID (a positive whole number, or a third-party storage ID such as "box-3-|12")';
/** DocSpace's form of a third-party storage entry's ID: `<provider>-<account number>[-<path>]`
 * (RegexDaoSelectorBase.cs:52, the providers of Selectors.cs:40-45). */
const THIRD_PARTY_ID = /^[a-z]+-\d+(-\P{Cc}*)?$/u;
/**
 * Room and file IDs go into request paths, so only DocSpace's two forms are taken: a positive whole number on its own
 * storage, a third-party ID as a string (VirtualRoomsController.cs:294). An ID such as `../../people/7?` is refused
 * here, before it can point a request with the key at another endpoint.
 */
const EntryId = union([
    pipe(number(), integer(ID), minValue(1, ID), maxValue(Number.MAX_SAFE_INTEGER, ID)),
    pipe(string(), regex(THIRD_PARTY_ID, ID))
], ID);
function isEntryId(value) {
    return is(EntryId, value);
}
/**
 * An ID as one segment of a request path. Answers are checked to hold only DocSpace's forms of ID (answers.ts); this
 * checks again where an ID becomes part of a path, and encodes a third-party ID's own path (DocSpace decodes it,
 * RegexDaoSelectorBase.cs:26), so that no ID can point a request with the key at another endpoint.
 */
function segment(id) {
    if (!isEntryId(id))
        throw new Error(`Refused to send a request for ID ${JSON.stringify(id)}: not a DocSpace ID`);
    return encodeURIComponent(String(id));
}
/** A room (`FolderDto`, FolderDto.cs:274-662): the fields every room carries for an authenticated caller. */
const RoomAnswer = looseObject({
    id: EntryId,
    title: string(),
    // 14 Rooms, 20 Archive (Folder.cs:41-129); what tells an archived room from an active one.
    rootFolderType: pipe(number(), integer()),
    // GET /rooms/{id} also answers for folders that are not rooms (VirtualRoomsController.cs:324-333); those have none.
    roomType: optional(pipe(number(), integer())),
    tags: array(string()),
    created: ApiDate,
    updated: ApiDate
});
/**
 * A room with the settings this action sets, as GET, PUT and POST rooms answer (FolderDto.cs:87-159, 335-351, 405,
 * 656-659). `indexing`, `denyDownload` and `pinned` are always there (non-nullable, FolderDto.cs:93, 111, 117; only
 * null fields are left out, DynamicIgnoreResolver.cs:177): one missing is not read as false. The others may be
 * missing (`quotaLimit` is sent only while the portal has room quotas on; `lifetime` only when set), but one that is
 * there has its type, since the action reads them back to confirm what it set.
 */
const SettledRoomAnswer = looseObject({
    ...RoomAnswer.entries,
    quotaLimit: optional(pipe(number(), integer())),
    isCustomQuota: optional(dist_boolean()),
    indexing: dist_boolean(),
    denyDownload: dist_boolean(),
    pinned: dist_boolean(),
    lifetime: optional(looseObject({
        deletePermanently: optional(dist_boolean()),
        period: optional(pipe(number(), integer())),
        value: optional(pipe(number(), integer())),
        enabled: optional(nullable(dist_boolean()))
    })),
    logo: optional(looseObject({ original: optional(string()), color: optional(nullable(string())) }))
});
/** `POST /files/logos` (UploadResultDto, UploadResultDto.cs:39-58): failures come as HTTP 200 with success false. */
const LogoUploadAnswer = looseObject({
    success: dist_boolean(),
    data: optional(unknown()),
    message: optional(nullable(string()))
});
/** A room as a listing gives it: every entry of `folders` in the Rooms or Archive section is a room. Only the fields
 * the action reads are kept, so that what a run holds of a long listing is bounded by them (v.object drops others). */
const ListedRoom = object({ ...RoomAnswer.entries, roomType: pipe(number(), integer()) });
/** The room fields the action reads from a listing, asked for DocSpace's way (DynamicIgnoreResolver.cs:76-106). */
const LISTED_ROOM_FIELDS = Object.keys(ListedRoom.entries);
/** One page of `GET /files/rooms` (`FolderContentDto`, FolderContentDto.cs:39-88). */
const RoomPageAnswer = looseObject({
    folders: array(ListedRoom),
    total: pipe(number(), integer(), minValue(0))
});
/** A long-running file operation (`FileOperationDto`, FileOperationDto.cs:39-102). */
const OperationAnswer = looseObject({
    id: pipe(string(), nonEmpty()),
    progress: optional(number()),
    error: optional(nullable(string())),
    finished: optional(dist_boolean()),
    // DistributedTaskStatus, since v3.7.1 (DistributedTaskQueue.cs:263-286); absent on older portals.
    status: optional(pipe(number(), integer()))
});
const OperationListAnswer = array(OperationAnswer);
/** A file as `POST /files/{folderId}/text` and folder listings give it (`FileDto`). */
const FileAnswer = looseObject({ id: EntryId, title: string(), folderId: optional(EntryId) });
/** One page of `GET /files/{folderId}` (`FolderContentDto`): the files of a room. */
const FolderContentAnswer = looseObject({
    files: array(FileAnswer),
    total: pipe(number(), integer(), minValue(0))
});
/** Words for the parts of an answer a person would look for, keyed by the path inside `response`. */
const NAMED = {
    '': 'an answer',
    folders: 'a room list',
    total: 'the total count',
    files: 'a file list'
};
/**
 * Parses an answer, or says in one phrase what is wrong with it, naming the field:
 * "without a room list (response.folders)", "with response.folders[2].id as null, where an id was expected".
 */
function checkAnswer(schema, response) {
    // The first problem is the one reported; collecting every one of a hostile answer's could take gigabytes.
    const result = safeParse(schema, response, { abortEarly: true });
    if (result.success)
        return { ok: true, value: result.output };
    const issue = result.issues[0];
    const keys = (issue.path ?? []).map((item) => item.key);
    const path = keys.reduce((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');
    const where = path.startsWith('[') ? `response${path}` : path ? `response.${path}` : 'response';
    // valibot reads a list as an object with no keys; say what came instead of the missing key.
    const parent = issue.path?.at(-1);
    if (issue.input === undefined && parent && Array.isArray(parent.input) && typeof parent.key === 'string') {
        const at = where.slice(0, -(String(parent.key).length + 1));
        return { ok: false, problem: `with ${at} as a list, where an object was expected` };
    }
    if (issue.input === undefined) {
        const named = NAMED[path];
        return { ok: false, problem: `without ${named ? `${named} (${where})` : where}` };
    }
    return { ok: false, problem: `with ${where} ${describeValue(issue.input)}, where ${expected(issue)} was expected` };
}
function expected(issue) {
    // A check's own words: "a date", "an http(s) link".
    if (issue.type === 'check')
        return /^an? /.test(issue.message) ? issue.message : 'another value';
    if (issue.message === ID)
        return ID;
    if (issue.type === 'regex' && /^an? /.test(issue.message))
        return issue.message;
    if (issue.type === 'integer')
        return 'a whole number';
    if (issue.type === 'min_value')
        return 'a number of 0 or more';
    if (issue.type === 'non_empty')
        return 'a non-empty string';
    if (issue.expected === 'Array')
        return 'a list';
    if (issue.expected === 'Object')
        return 'an object';
    const word = issue.expected ?? issue.type;
    return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
function describeValue(value) {
    if (value === null)
        return 'as null';
    if (Array.isArray(value))
        return 'as a list';
    if (typeof value === 'object')
        return 'as an object';
    const text = JSON.stringify(value);
    return `as ${typeof value === 'string' ? 'the text' : 'the ' + typeof value} ${clipSafely(text, 41)}`;
}

;// CONCATENATED MODULE: ./src/docspace/causes.ts
/**
 * The scope DocSpace checks a request against, from its scope map (AuthorizationExtension.cs:39-52; the first
 * pattern that matches wins): every `files/rooms…` route is a rooms request, every other `files/…` route, the
 * progress listing and a room's files among them, a files request.
 */
function scopeFor(method, path) {
    const area = /^api\/2\.0\/files\/rooms\b/.test(path)
        ? 'rooms'
        : /^api\/2\.0\/people\b/.test(path)
            ? 'accounts'
            : 'files';
    return `${area}:${method === 'GET' ? 'read' : 'write'}`;
}
const SCOPE_USE = {
    'files:read': 'reading the progress of archive, unarchive and delete (GET /files/fileops) needs it; give the key "rooms:write" and "files:read"',
    'files:write': 'writing the description to README.txt in the room needs it (POST /files/{folderId}/text); give the key "files:write" as well, and re-run: the room is kept and the re-run writes README.txt',
    'accounts:read': 'making someone a room-manager needs it: DocSpace takes that access only by user ID, which the action looks up by e-mail (GET /people/email); give the key "accounts:read" as well'
};
function likelyCause(r) {
    // README.txt for `description`: written with POST files/{folderId}/text, looked for with GET files/{folderId}.
    const onRoomFiles = /^api\/2\.0\/files\/(?!rooms\b|fileops\b|tags\b)[^/]+(\/text)?$/.test(r.path);
    const onRoom = /^api\/2\.0\/files\/rooms\/[^/]+/.test(r.path);
    const isWrite = r.method !== 'GET';
    const said = r.docspaceMessage ?? '';
    if (r.bodyKind === 'html' && r.status !== 429 && r.status < 500) {
        return 'portal-url does not point at DocSpace (an HTML page answered, as a web site or a proxy does); use the portal base URL such as https://example.onlyoffice.com';
    }
    switch (r.status) {
        case 401:
            return 'the API key is wrong, expired or revoked. Create a key in DocSpace (Settings → Developer Tools → API keys) and store it whole, starting with "sk-", as the secret; the action sends it as "Authorization: Bearer <key>"';
        case 402:
            return "the portal's plan does not allow more rooms (room quota reached); archive or delete rooms, or upgrade the plan";
        case 403: {
            // A 403 without DocSpace's envelope comes from the scope check: empty from the authorization middleware,
            // a bare ProblemDetails from ApiKeyScopesFilter on endpoints open to anonymous callers, which also
            // turns away a key that failed authentication (ApiKeyScopesFilter.cs:46-72).
            const scope = onRoomFiles && !isWrite ? 'files:write' : scopeFor(r.method, r.path);
            const use = /^api\/2\.0\/files\/logos$/.test(r.path)
                ? 'uploading the logo image needs it (POST /files/logos); give the key "files:write" as well'
                : (SCOPE_USE[scope] ?? '');
            if (r.bodyKind === 'empty')
                return `the API key lacks the "${scope}" scope${use ? `, and ${use}` : ''}`;
            if (r.bodyKind === 'problem') {
                return `the API key is wrong, expired or revoked, or it lacks the "${scope}" scope: DocSpace answers both alike here${use ? `; ${use}` : ''}`;
            }
            if (/archiv/i.test(said))
                return 'the room is archived, and archived rooms are read-only; unarchive it first';
            // Resource.RoomQuotaGreaterPortalError (FileStorageService.cs:960-966, 1172-1178)
            if (/greater than the total DocSpace storage/i.test(said)) {
                return 'quota is larger than the whole portal\'s storage; give a smaller quota, "unlimited" or "default"';
            }
            // FilesCommonResource.ErrorrMessage_PinRoom (FileStorageService.cs:4541-4572)
            if (/can't pin a room/i.test(said)) {
                return "the key's user already has 10 rooms pinned (DocSpace's limit per user), or may not pin this room; unpin one first";
            }
            if (onRoom && r.method === 'PUT' && !/\/(archive|unarchive)$/.test(r.path)) {
                return "no room with that ID exists, the room is archived, or the API key's user may not edit it";
            }
            return isWrite
                ? "the API key's user has no right to do this with the room (only the room's owner or a DocSpace admin may archive it, and only its creator may delete an active room)"
                : "the API key's user has no access to this room";
        }
        case 404:
            if (r.bodyKind !== 'json')
                return 'portal-url does not point at the DocSpace API (the path was not found)';
            return onRoom
                ? "no room with that ID exists (or it was deleted), or the key's user cannot see it"
                : 'DocSpace does not know this resource';
        case 400:
            // [MaxEmailInvitations] (EmailInvitationDto.cs:62-80): the tenant's web:invitation-limit.
            if (/\/share$/.test(r.path) && /invitation limit/i.test(said)) {
                return "the portal takes fewer e-mail invitations at once than members names people DocSpace does not know yet; invite them over several runs, or raise the portal's invitation limit. Nothing was changed";
            }
            return 'DocSpace refused the request as invalid';
        case 413:
            return 'the request was too large for the portal or a proxy in front of it';
        case 429:
            return "DocSpace's rate limit (1,500 requests a minute, 15 concurrent writes per user on DocSpace Cloud); run fewer jobs at once with this key or try later";
        case 500:
            return 'an internal error in DocSpace; try again, and if it persists check the portal';
        case 502:
        case 503:
        case 504:
            return 'the portal, or a proxy in front of it, is unavailable or overloaded; try again later';
    }
    if (r.status >= 200 && r.status < 300 && r.bodyKind !== 'json') {
        return 'portal-url does not point at the DocSpace API (something other than DocSpace answered)';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/docspace/retry-policy.ts
/** A wait this long is worth a line in the log: a reader would otherwise see the step hang. */
const LONG_WAIT_MS = 3000;
/** Statuses worth another try: the rate limiter, and a gateway or portal that is briefly unwell. */
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);
/** Statuses that mean the request was turned away before DocSpace acted on it. */
const NOT_APPLIED_STATUSES = new Set([429, 503]);
/** One run's retry policy; a 429 pauses every request of the client that holds it. */
class Retries {
    options;
    pausedUntil = 0;
    constructor(options) {
        this.options = options;
    }
    /** Whether the failure may be tried again: transient, safe to repeat for this request, and retries left. */
    retryable(error, spec, attempt) {
        return (error.details.transient === true &&
            (spec.retry === 'always' || error.details.outcomeUnknown !== true) &&
            attempt < this.options.maxRetries);
    }
    async waitForPause(label) {
        const wait = this.pausedUntil - Date.now();
        if (wait <= 0)
            return;
        await this.options.deadline.sleep(wait, `waiting out DocSpace's rate limit before ${label}`);
    }
    /** Full-jitter exponential backoff; a Retry-After from the portal wins and pauses every request. */
    backoff(attempt, error) {
        const retryAfter = error.details.retryAfterMs;
        if (retryAfter !== undefined) {
            this.pausedUntil = Math.max(this.pausedUntil, Date.now() + retryAfter);
            return retryAfter;
        }
        const base = this.options.retryBaseMs ?? 500;
        const cap = this.options.retryCapMs ?? 10_000;
        const wait = Math.floor(Math.random() * Math.min(cap, base * 2 ** (attempt + 1)));
        if (error.status === 429)
            this.pausedUntil = Math.max(this.pausedUntil, Date.now() + wait);
        return wait;
    }
}
/** `Retry-After` as seconds or an HTTP date, in milliseconds from now. */
function parseRetryAfter(value) {
    const raw = Array.isArray(value) ? value[0] : value;
    if (raw === undefined || raw.trim() === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(raw.trim()))
        return Math.round(Number(raw) * 1000);
    const date = Date.parse(raw);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

;// CONCATENATED MODULE: ./src/docspace/envelope.ts
// DocSpace's envelope: `{response, status: 0}` on success, `{error}` or `status: 1` on failure, and what to say
// when an answer is not DocSpace's at all.




/** Reads DocSpace's envelope: `{response, status: 0}` on success, `{error}` or `status: 1` on failure. */
function envelope_unwrap(spec, answer) {
    const label = `${spec.method} /${spec.path}`;
    const { status } = answer;
    const contentType = String(answer.headers['content-type'] ?? '');
    const text = answer.text.trim();
    const fail = (docspaceMessage, extra = {}) => {
        const error = new DocSpaceError({
            request: label,
            status,
            docspaceMessage,
            likelyCause: likelyCause({
                method: spec.method,
                path: spec.path,
                status,
                docspaceMessage,
                bodyKind: bodyKind(text, contentType)
            }),
            transient: TRANSIENT_STATUSES.has(status),
            outcomeUnknown: TRANSIENT_STATUSES.has(status) && !NOT_APPLIED_STATUSES.has(status),
            retryAfterMs: parseRetryAfter(answer.headers['retry-after']),
            ...extra
        });
        return error;
    };
    if (text === '') {
        if (status >= 200 && status < 300)
            return undefined;
        throw fail(undefined);
    }
    let envelope;
    try {
        envelope = JSON.parse(text);
    }
    catch {
        if (status >= 400)
            throw fail(undefined, { unexpectedBody: summariseNonJson(text, contentType) });
        // A JSON answer cut short is a network hiccup; anything else is not DocSpace's API answering.
        const truncated = /json/i.test(contentType) || text.startsWith('{');
        throw fail(undefined, {
            unexpectedBody: summariseNonJson(text, contentType),
            transient: truncated,
            outcomeUnknown: truncated && spec.method !== 'GET'
        });
    }
    if (!isObject(envelope))
        throw fail(undefined, { unexpectedBody: `an unexpected answer: ${clipSafely(text, 80)}` });
    const errorMessage = envelopeError(envelope);
    if (errorMessage !== undefined || envelope.status === 1 || status >= 400) {
        throw fail(errorMessage);
    }
    if (!('response' in envelope)) {
        throw fail(undefined, { unexpectedBody: 'JSON without the "response" field of DocSpace\'s envelope' });
    }
    return envelope.response;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** DocSpace's words from `{error: {message}}`, or from a validation ProblemDetails in `response`. */
function envelopeError(envelope) {
    const error = envelope.error;
    if (isObject(error) && typeof error.message === 'string')
        return error.message;
    if (typeof error === 'string' && error)
        return error;
    const problem = envelope.response;
    if (envelope.status === 1 && isObject(problem)) {
        const details = [];
        if (isObject(problem.errors)) {
            for (const [field, messages] of Object.entries(problem.errors)) {
                details.push(`${field}: ${Array.isArray(messages) ? messages.join(' ') : String(messages)}`);
            }
        }
        const title = typeof problem.title === 'string' ? problem.title : 'the request was refused';
        return details.length ? `${title} ${details.join('; ')}` : title;
    }
    return undefined;
}
function bodyKind(text, contentType) {
    if (text === '')
        return 'empty';
    if (/html/i.test(contentType) || /^<(!doctype|html)/i.test(text))
        return 'html';
    // ASP.NET's ProblemDetails, written without DocSpace's envelope (ApiKeyScopesFilter's 403).
    if (/problem\+json/i.test(contentType))
        return 'problem';
    if (/json/i.test(contentType) || text.startsWith('{'))
        return 'json';
    return 'text';
}
/** The most of a page's title an error quotes. */
const MAX_TITLE_QUOTED = 200;
function summariseNonJson(text, contentType) {
    if (bodyKind(text, contentType) === 'html') {
        // Hidden before the title is taken out: a secret with a `<` in it would be cut there.
        const title = pageTitle(redact(text));
        return `an HTML page${title ? ` titled "${clipSafely(title, MAX_TITLE_QUOTED)}"` : ''} instead of JSON`;
    }
    if (text.startsWith('{'))
        return 'a JSON answer that was cut short';
    return `a non-JSON answer (${contentType || 'no content type'}): ${clipSafely(text, 60).replace(/\s+/g, ' ')}`;
}
/**
 * The text of a page's first `<title …>…</title>`, found in one pass: as a regular expression,
 * `<title[^>]*>([^<]*)<\/title>` reads from each `<title` of a page to its end, and a page of `<title<title…` took
 * time growing with the square of its size.
 */
function pageTitle(html) {
    const open = /<title/gi;
    for (let found = open.exec(html); found; found = open.exec(html)) {
        const tagEnd = html.indexOf('>', found.index);
        if (tagEnd < 0)
            return undefined;
        const textEnd = html.indexOf('<', tagEnd);
        if (textEnd < 0)
            return undefined;
        if (/^<\/title>/i.test(html.slice(textEnd, textEnd + 8)))
            return html.slice(tagEnd + 1, textEnd).trim();
        open.lastIndex = textEnd;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/docspace/stream.ts



const MAX_REDIRECTS = 3;
/** What is read of a refusal's body, for DocSpace's words. */
const ERROR_BODY_BYTES = 64 * 1024;
/**
 * Sends a GET and hands a 2xx answer's body to `consume`. A redirect within portal-url keeps the key; one to another
 * http(s) origin is followed without it. The body must keep coming (`idleMs`) and end within the step's deadline.
 */
async function streamAnswer(transport, spec, label, limits, consume) {
    let url = transport.url(spec);
    let withKey = true;
    for (let redirects = 0;; redirects++) {
        const headers = { 'User-Agent': 'docspace-rooms-action' };
        const { request, response } = transport.open('GET', url, null, headers, withKey);
        const message = await within(response, Math.min(limits.idleMs, limits.deadline.remainingMs()), label, () => request.destroy());
        const status = message.statusCode ?? 0;
        if (status >= 300 && status < 400 && status !== 304) {
            message.resume();
            const location = message.headers.location;
            const target = location ? new URL(location, url) : undefined;
            if (!target || !/^https?:$/.test(target.protocol) || redirects >= MAX_REDIRECTS) {
                throw new DocSpaceError({
                    request: label,
                    status,
                    unexpectedBody: target ? `a redirect to ${target.protocol}//${target.host}` : 'a redirect without a Location',
                    likelyCause: 'the portal or a proxy in front of it redirects downloads somewhere the action does not follow'
                });
            }
            // The key stays with the portal; storage gets only what its own link carries.
            withKey = withKey && transport.within(target);
            url = target;
            continue;
        }
        if (status < 200 || status >= 300) {
            const text = await readSome(message, ERROR_BODY_BYTES);
            envelope_unwrap(spec, { status, headers: message.headers, text });
            throw new DocSpaceError({ request: label, status, likelyCause: 'the download was refused' });
        }
        message.setTimeout(limits.idleMs, () => message.destroy(new DocSpaceError({
            request: label,
            status,
            docspaceMessage: `the download stalled for ${formatSeconds(limits.idleMs)}`,
            likelyCause: 'the portal or its storage is overloaded or unreachable (request-timeout-seconds)',
            transient: true
        })));
        const stop = setTimeout(() => message.destroy(limits.deadline.timeout(`downloading ${label}`)), limits.deadline.remainingMs());
        try {
            return await consume(message);
        }
        finally {
            clearTimeout(stop);
        }
    }
}
async function within(promise, ms, label, cancel) {
    let timer;
    try {
        return await Promise.race([
            promise,
            new Promise((_, reject) => {
                timer = setTimeout(() => {
                    cancel();
                    reject(new DocSpaceError({
                        request: label,
                        docspaceMessage: `no answer within ${formatSeconds(ms)}`,
                        likelyCause: 'the portal is overloaded or unreachable (request-timeout-seconds bounds each request)',
                        transient: true
                    }));
                }, ms);
            })
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function readSome(message, max) {
    const chunks = [];
    let size = 0;
    for await (const chunk of message) {
        const buffer = chunk;
        chunks.push(buffer.subarray(0, Math.max(0, max - size)));
        size += buffer.length;
        if (size >= max) {
            message.destroy();
            break;
        }
    }
    return Buffer.concat(chunks).toString('utf8');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/docspace/transport.ts
// The HTTP side of the DocSpace client: one exchange with the portal, its redirects, its time limit and the
// bounded reading of its answer. It knows nothing of retries or of DocSpace's envelope.









/**
 * The largest answer read, in bytes, unless a request says it expects more (RequestSpec.maxBytes). DocSpace's
 * largest for this action is a page of 100 rooms: 18 KB as the action asks for it (fields=), 208 KB as whole rooms
 * (a portal that ignores fields=), and 261 KB and 451 KB with 170-character titles and 20 tags of 50 characters on
 * every room (scripts/limits.ts); only the progress listing grows past it, with the operations a run waits for
 * (rooms.ts). 2 MiB leaves four times the largest page, and keeps the costliest JSON of that size to parse (a million
 * nested lists) under 200 MB.
 */
const MAX_ANSWER_BYTES = 2 * 1024 * 1024;
/** Network failures that mean no connection was made, so nothing reached the portal. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
/** Sends requests to the portal, and only to it: the key never leaves portal-url's origin and path. */
class Transport {
    options;
    http;
    base;
    origin;
    sent = 0;
    constructor(options) {
        this.options = options;
        // Base ends with '/' so that relative paths keep a portal's sub-path.
        this.base = new URL(options.portalUrl.replace(/\/*$/, '/'));
        this.origin = this.base.origin;
        // http-client gives the agent: keep-alive, and https_proxy, http_proxy and no_proxy as the runner sets them.
        // Requests are made here (see open), and redirects handled here: http-client would re-send the key to another
        // port of the same host, and re-send writes to wherever it is pointed.
        this.http = new lib_HttpClient(options.userAgent ?? 'docspace-rooms-action', [], { keepAlive: true });
    }
    /** Requests sent so far, retries included. */
    get requestsSent() {
        return this.sent;
    }
    dispose() {
        this.http.dispose();
    }
    /** One HTTP exchange, following redirects of reads within portal-url; bounded by the request timeout. */
    async exchange(spec, label) {
        let url = this.url(spec);
        const headers = {
            Accept: 'application/json',
            'User-Agent': this.options.userAgent ?? 'docspace-rooms-action'
        };
        // DocSpace binds archive/unarchive/delete bodies as required, so a JSON body is always declared.
        let body = spec.body === undefined ? null : JSON.stringify(spec.body);
        if (body !== null)
            headers['Content-Type'] = 'application/json';
        if (spec.form) {
            const boundary = `----docspace-rooms-${(0,external_node_crypto_.randomUUID)()}`;
            body = multipart(spec.form, boundary);
            headers['Content-Type'] = `multipart/form-data; boundary=${boundary}`;
        }
        if (body !== null)
            headers['Content-Length'] = String(bodyLength(body));
        for (let redirects = 0;; redirects++) {
            const answer = await this.send(spec.method, url, body, headers, label, spec);
            if (answer.status < 300 || answer.status >= 400 || answer.status === 304)
                return answer;
            const location = answer.headers.location;
            const target = location ? new URL(location, url) : undefined;
            if (!target || !this.within(target) || spec.method !== 'GET' || redirects >= 3) {
                throw new DocSpaceError({
                    request: label,
                    status: answer.status,
                    unexpectedBody: target ? `a redirect to ${target.origin}${target.pathname}` : 'a redirect without a Location',
                    likelyCause: target && target.origin !== this.origin
                        ? `portal-url is not the portal's own address (it moved to ${target.origin}); the API key is never sent to another origin, so set portal-url to that address`
                        : target && !this.within(target)
                            ? `the redirect leaves portal-url's path (${this.base.pathname}); the API key is sent only to addresses under portal-url, so check that portal-url is the portal's own address`
                            : 'portal-url points at a page that redirects rather than at the DocSpace API'
                });
            }
            url = target;
        }
    }
    url(spec) {
        const url = new URL(spec.path, this.base);
        for (const [name, value] of Object.entries(spec.query ?? {})) {
            if (value === undefined)
                continue;
            // DocSpace reads array parameters as repeated names (`type=2&type=6`).
            const values = Array.isArray(value) ? value : [value];
            for (const v of values)
                url.searchParams.append(name, String(v));
        }
        return url;
    }
    /**
     * Whether a redirect stays with the portal: same origin and under portal-url's path, so that `https://host/docspace`
     * never hands the key to `https://host/other-app/`. An encoded slash, backslash or dot could climb out of the path
     * once a server decodes it; DocSpace's own redirects have none.
     */
    within(target) {
        return (target.origin === this.origin &&
            target.pathname.startsWith(this.base.pathname) &&
            !/%(2f|5c|2e)/i.test(target.pathname));
    }
    async send(method, url, body, headers, label, limits) {
        const limit = Math.min(this.options.requestTimeoutMs, this.options.deadline.remainingMs());
        if (limit <= 0)
            throw this.options.deadline.timeout(`sending ${label}`);
        const started = Date.now();
        this.sent++;
        let timer;
        let request;
        let message;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => {
                request?.destroy();
                message?.destroy();
                reject(new DocSpaceError({
                    request: label,
                    docspaceMessage: `no complete answer within ${formatSeconds(limit)}`,
                    likelyCause: 'the portal is overloaded or unreachable (request-timeout-seconds bounds each request)',
                    outcomeUnknown: true,
                    transient: true
                }));
            }, limit);
        });
        try {
            const exchange = (async () => {
                const opened = this.open(method, url, body, headers);
                request = opened.request;
                message = await opened.response;
                const status = message.statusCode ?? 0;
                return { status, headers: message.headers, text: await readText(message, label, status, limits) };
            })();
            const answer = await Promise.race([exchange, timeout]);
            this.options.debug?.(`${label} → ${answer.status} (${Date.now() - started} ms)`);
            return answer;
        }
        catch (error) {
            if (error instanceof DocSpaceError)
                throw error;
            this.options.debug?.(`${label} → network error (${Date.now() - started} ms)`);
            throw networkError(label, error, message !== undefined);
        }
        finally {
            clearTimeout(timer);
        }
    }
    /**
     * Sends one request. The key is set on the request after it is made: NODE_DEBUG=http prints the options a request
     * is made with, headers included, and SECURITY.md promises that headers are never logged.
     */
    open(method, url, body, headers, withKey = true) {
        const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const request = transport.request(url, { method, headers, agent: this.http.getAgent(url.href) });
        if (withKey)
            request.setHeader('Authorization', `Bearer ${this.options.apiKey}`);
        const response = new Promise((resolve, reject) => {
            request.once('response', resolve);
            // Kept after the answer came: a reset mid-body is reported by reading the body, and must not go unhandled here.
            request.on('error', reject);
        });
        if (body === null || typeof body === 'string' || Buffer.isBuffer(body))
            request.end(body ?? undefined);
        else
            (0,promises_namespaceObject.pipeline)(body.open(), request).catch((error) => request.destroy(error));
        return { request, response };
    }
}
/**
 * Reads a body up to its limit (MAX_ANSWER_BYTES unless the request says otherwise), and up to what is left of its
 * budget, stopping as soon as either would be passed, so that a portal cannot make the action buffer an answer
 * without end.
 */
async function readText(message, label, status, { maxBytes = MAX_ANSWER_BYTES, budget }) {
    const tooLarge = (what, likelyCause) => {
        message.destroy();
        return new DocSpaceError({ request: label, status, unexpectedBody: what, likelyCause });
    };
    const notDocSpace = 'portal-url points at something other than a DocSpace portal, or a proxy between them changed the answer; the action stopped reading it';
    const declared = Number(message.headers['content-length']);
    if (declared > maxBytes) {
        throw tooLarge(`an answer of ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} the action reads`, notDocSpace);
    }
    const chunks = [];
    let size = 0;
    // Iterating rejects when the connection drops mid-body; http-client's readBody would wait forever.
    for await (const chunk of message) {
        const buffer = chunk;
        size += buffer.length;
        if (size > maxBytes) {
            throw tooLarge(`an answer of more than ${formatBytes(maxBytes)}, the most the action reads`, notDocSpace);
        }
        if (budget && budget.used + size > budget.limit) {
            throw tooLarge(`more than ${formatBytes(budget.limit)} of ${budget.what}, the most the action reads`, budget.likelyCause);
        }
        chunks.push(buffer);
    }
    if (budget)
        budget.used += size;
    return Buffer.concat(chunks, size).toString('utf8');
}
function bodyLength(body) {
    return typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.byteLength(body) : body.length;
}
/** One file as a multipart/form-data body. A file range is streamed from disk, so a chunk of 10 MB never sits in
 * memory whole. */
function multipart(form, boundary) {
    // The plain form carries what a header can; `filename*` (RFC 5987) carries the title whole, and ASP.NET's
    // IFormFile.FileName prefers it, so an uploaded file keeps its name (ContentDispositionHeaderValue.FileNameStar).
    const plain = form.fileName.replace(/[^\w.-]/g, '_');
    const star = encodeURIComponent(form.fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${form.field}"; filename="${plain}"; filename*=UTF-8''${star}\r\n` +
        `Content-Type: ${form.contentType}\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const data = form.data;
    if (Buffer.isBuffer(data))
        return Buffer.concat([head, data, tail]);
    return {
        length: head.length + data.length + tail.length,
        open: () => external_node_stream_.Readable.from((async function* () {
            yield head;
            if (data.length > 0)
                yield* (0,external_node_fs_namespaceObject.createReadStream)(data.path, { start: data.start, end: data.start + data.length - 1 });
            yield tail;
        })())
    };
}
function formatBytes(bytes) {
    return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
function networkError(label, error, answered) {
    const err = error;
    const code = err.code ?? '';
    const message = err.message ?? String(error);
    const tls = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code) || /certificate/i.test(message);
    const dns = code === 'ENOTFOUND' || code === 'EAI_AGAIN';
    const timedOut = /timeout/i.test(message) || code === 'ETIMEDOUT';
    let cause;
    if (tls)
        cause = `the portal's TLS certificate is not trusted (${code || 'TLS error'}); check portal-url, or give the runner the certificate authority with NODE_EXTRA_CA_CERTS`;
    else if (dns)
        cause = 'the portal host name does not resolve; check portal-url for typos';
    else if (code === 'ECONNREFUSED')
        cause = 'nothing is listening at portal-url; check the host and port';
    else if (timedOut)
        cause = 'the portal did not answer in time (request-timeout-seconds)';
    else
        cause = 'the connection to the portal failed; check portal-url and any proxy (https_proxy, no_proxy)';
    return new DocSpaceError({
        request: label,
        docspaceMessage: `${code ? `${code}: ` : ''}${message}`,
        likelyCause: cause,
        transient: !tls,
        outcomeUnknown: answered || !NOT_CONNECTED_CODES.has(code)
    });
}

;// CONCATENATED MODULE: ./src/docspace/client.ts









/**
 * The one place that knows DocSpace's URLs, headers, envelope and status codes. Every failure comes out
 * as a DocSpaceError with the status, DocSpace's message and a likely cause; transient failures are
 * retried with backoff inside the step's deadline, and a 429 pauses every request of this client.
 */
class DocSpaceClient {
    options;
    transport;
    retries;
    writes;
    constructor(options) {
        this.options = options;
        this.transport = new Transport(options);
        this.retries = new Retries(options);
        this.writes = new AdaptiveLimit(options.writeConcurrency ?? 1);
    }
    /** Requests sent so far, retries included. */
    get requestsSent() {
        return this.transport.requestsSent;
    }
    get deadline() {
        return this.options.deadline;
    }
    /** A GET whose body the caller reads as a stream (a file's bytes), retried while no byte was handed over. */
    async download(spec, consume) {
        const label = `${spec.method} /${spec.path}`;
        for (let attempt = 0;; attempt++) {
            await this.retries.waitForPause(label);
            let started = false;
            try {
                return await streamAnswer(this.transport, spec, label, { deadline: this.options.deadline, idleMs: this.options.requestTimeoutMs }, (body) => {
                    started = true;
                    return consume(body);
                });
            }
            catch (error) {
                if (!(error instanceof DocSpaceError) || started || !this.retries.retryable(error, spec, attempt))
                    throw error;
                const wait = this.retries.backoff(attempt, error);
                if (wait > this.options.deadline.remainingMs())
                    throw error;
                await this.retryDelay(wait, label, error, attempt);
            }
        }
    }
    dispose() {
        this.transport.dispose();
    }
    /**
     * Sends a request and returns the envelope's `response`, checked against the shape the caller reads: an
     * answer without what the action needs fails here, before anything is done with it.
     */
    async call(spec, answer) {
        const label = `${spec.method} /${spec.path}`;
        const checked = (response) => {
            const result = checkAnswer(answer, response);
            if (result.ok)
                return result.value;
            throw new DocSpaceError({
                request: label,
                malformed: result.problem,
                likelyCause: 'portal-url points at something other than a DocSpace portal this action supports (version 3.x), or a proxy between them changed the answer; nothing that depends on this answer was done'
            });
        };
        for (let attempt = 0;; attempt++) {
            await this.retries.waitForPause(label);
            let error;
            try {
                return checked(await this.attempt(spec, label));
            }
            catch (caught) {
                if (!(caught instanceof DocSpaceError))
                    throw caught;
                error = caught;
            }
            if (!this.retries.retryable(error, spec, attempt)) {
                throw attempt > 0 ? new DocSpaceError({ ...error.details, attempts: attempt + 1 }) : error;
            }
            const wait = this.retries.backoff(attempt, error);
            if (wait > this.options.deadline.remainingMs()) {
                throw new DocSpaceError({
                    ...error.details,
                    attempts: attempt + 1,
                    note: `No retry: the next one was due in ${Math.ceil(wait / 1000)} s, past timeout-seconds`
                });
            }
            this.options.debug?.(`${label}: ${error.details.status ?? error.details.docspaceMessage}; retrying in ${wait} ms`);
            await this.retryDelay(wait, label, error, attempt);
        }
    }
    /** The wait before a retry; one that lasts is said in the log, and again every PROGRESS_EVERY_MS. */
    async retryDelay(wait, label, error, attempt) {
        const { info } = this.options;
        if (!info || wait < (this.options.longWaitMs ?? LONG_WAIT_MS))
            return delay(wait);
        const why = error.details.status === undefined ? 'failed to connect' : `got HTTP ${error.details.status}`;
        const waitingFor = `waiting to try ${label} again (attempt ${attempt + 2} of ${this.options.maxRetries + 1})`;
        info(`${label} ${why}; trying again in ${formatSeconds(wait)} (attempt ${attempt + 2} of ${this.options.maxRetries + 1})`);
        const stop = reportProgress(info, this.options.progressEveryMs, () => waitingFor);
        try {
            await delay(wait);
        }
        finally {
            stop();
        }
    }
    /** One try; writes hold a slot of the adaptive write limit while in flight. */
    async attempt(spec, label) {
        if (spec.method === 'GET')
            return envelope_unwrap(spec, await this.transport.exchange(spec, label));
        await this.writes.acquire();
        try {
            const response = envelope_unwrap(spec, await this.transport.exchange(spec, label));
            this.writes.succeeded();
            return response;
        }
        catch (error) {
            if (error instanceof DocSpaceError && error.status === 429)
                this.writes.throttled();
            throw error;
        }
        finally {
            this.writes.release();
        }
    }
}

;// CONCATENATED MODULE: ./src/github/bounded-fetch.ts
// What one of GitHub's answers may cost. Octokit reads a whole answer into memory before anyone sees it, so the bound
// is put on the fetch it is given: the body is read here, counted, and refused the moment it passes its limit or its
// listing's budget; Octokit then parses what was read.
/**
 * The largest single answer read, as for DocSpace (docspace/transport.ts): JSON of this size costs under 200 MB to
 * parse whatever it is made of (a million nested lists is the costliest), where 8 MiB of it cost 460 MB. A page of
 * GitHub's can be larger (100 comments at GitHub's limit of 65,536 characters are 6.6 MB, 100 open pull requests
 * about 2.5 MB): such a listing is read again in smaller pages (client.ts, allPages).
 */
const MAX_GITHUB_ANSWER_BYTES = 2 * 1024 * 1024;
/**
 * The shape of JSON that GitHub's answers keep well inside, and that JSON costly to parse does not: lists and objects
 * nested at most 64 deep (GitHub's nest five or six deep, a pull request's head repository's owner), and at most one
 * list or object for every 32 bytes (a comment is a few of them in 2 KB). Two answers of a million nested lists read
 * together took 454 MB; two of empty objects, 241 MB.
 */
const MAX_DEPTH = 64;
const BYTES_PER_CONTAINER = 32;
/** An answer past a bound, or a listing's answers past theirs; the request that met it is not sent again. */
class RefusedAnswer extends Error {
    bound;
    name = 'RefusedAnswer';
    constructor(message, 
    /** Which bound: one answer's size (a smaller page may pass), its shape, or the listing's budget. */
    bound) {
        super(message);
        this.bound = bound;
    }
}
const INNER = Symbol('the fetch a bounded fetch reads through');
/** Statuses whose answers have no body, which a Response may not be given one for. */
const NO_BODY = new Set([101, 204, 205, 304]);
/**
 * `inner`, with each answer's body read whole here within MAX_GITHUB_ANSWER_BYTES and what is left of `budget`. A fetch
 * that is already bounded is bounded afresh rather than twice: the throttling plugin sends a request again with the
 * options it was first sent with.
 */
function boundedFetch(inner, budget) {
    const base = inner[INNER] ?? inner;
    const bounded = async (input, init) => {
        const response = await base(input, init);
        if (!response.body)
            return response;
        const reader = response.body.getReader();
        const chunks = [];
        let size = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            // Counted as it comes, so that pages read together cannot each stay under what is left and pass it together.
            if (budget)
                budget.used += value.byteLength;
            const bound = size > MAX_GITHUB_ANSWER_BYTES ? 'answer' : budget && budget.used > budget.limit ? 'budget' : undefined;
            if (bound) {
                await reader.cancel().catch(() => undefined);
                throw new RefusedAnswer(bound === 'answer'
                    ? `GitHub sent an answer of more than ${mib(MAX_GITHUB_ANSWER_BYTES)}, the most the action reads`
                    : `GitHub sent more than ${mib(budget.limit)} of answers listing ${budget.what}, the most the action reads`, bound);
            }
            chunks.push(value);
        }
        const body = Buffer.concat(chunks, size);
        // Only JSON is parsed (Octokit reads any other answer as text).
        const problem = /json/i.test(response.headers.get('content-type') ?? '') ? shapeProblem(body) : undefined;
        if (problem)
            throw new RefusedAnswer(`GitHub sent an answer ${problem}, which none of GitHub's does`, 'shape');
        return new Response(NO_BODY.has(response.status) ? null : body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers
        });
    };
    return Object.assign(bounded, { [INNER]: base });
}
/** What makes JSON text costlier to parse than GitHub's answers are, read byte by byte before anyone parses it. */
function shapeProblem(text) {
    const most = 64 + text.length / BYTES_PER_CONTAINER;
    let depth = 0;
    let containers = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === 0x5c)
                i++; // a backslash: the next byte is escaped
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > MAX_DEPTH)
                return `that nests lists and objects more than ${MAX_DEPTH} deep`;
            if (++containers > most)
                return `with more than one list or object for every ${BYTES_PER_CONTAINER} bytes`;
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return undefined;
}
function mib(bytes) {
    return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

;// CONCATENATED MODULE: ./src/github/client.ts




/** A failed exchange with GitHub, in GitHub's words. */
class GitHubApiError extends Error {
    request;
    status;
    githubMessage;
    constructor(
    /** e.g. `POST /repos/o/r/issues/2/comments` */
    request, status, githubMessage, note) {
        super(status === undefined
            ? `${request} failed: ${githubMessage}${note ? `. ${note}` : ''}`
            : `${request} failed with HTTP ${status}: GitHub says "${githubMessage}"${note ? `. ${note}` : ''}`);
        this.request = request;
        this.status = status;
        this.githubMessage = githubMessage;
        this.name = 'GitHubApiError';
    }
}
/** GitHub's API address for messages, as @actions/github reads it. */
function gitHubApiUrl(env = process.env) {
    return env.GITHUB_API_URL || 'https://api.github.com';
}
const PAGE_SIZE = 100;
/**
 * Pages after the first read at once: GitHub allows 100 concurrent requests, and a comment listing is short. Two, so
 * that the answers parsed at once, each of up to MAX_GITHUB_ANSWER_BYTES, stay within what a run should hold whatever
 * JSON they are made of (scripts/hostile-memory.ts).
 */
const PAGE_CONCURRENCY = 2;
/** 100,000 comments or open pull requests: more is no listing this action should read whole. */
const MAX_PAGES = 1000;
async function connectGitHub(options) {
    const [{ getOctokit }, { throttling }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413)),
        __nccwpck_require__.e(/* import() */ 856).then(__nccwpck_require__.bind(__nccwpck_require__, 6856))
    ]);
    const { deadline } = options;
    /** Why the last request refused by a rate limit was not sent again, for its error. */
    let notRetried;
    const retry = (retryAfter, request, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= options.maxRetries) {
            notRetried = `Not retried: ${retryCount} retr${retryCount === 1 ? 'y' : 'ies'} already (max-retries)`;
            return false;
        }
        const waitMs = retryAfter * 1000;
        if (waitMs > deadline.remainingMs()) {
            notRetried = `Not retried: GitHub asks to wait ${formatSeconds(waitMs)}, past timeout-seconds (${formatSeconds(deadline.remainingMs())} left)`;
            return false;
        }
        options.warn(`GitHub's rate limit: sending ${what} again in ${formatSeconds(waitMs)}`);
        return true;
    };
    // Registered before the throttling plugin, so that it wraps each attempt and not the retries together.
    const timeouts = (octokit) => {
        octokit.hook.wrap('request', async (request, opts) => {
            const ms = Math.min(options.requestTimeoutMs, deadline.remainingMs());
            const signal = AbortSignal.timeout(Math.max(ms, 1));
            const started = Date.now();
            const given = opts.request;
            // In place: the inner hooks are bound to this options object and do not read an argument. Every answer is read
            // within its bound (bounded-fetch.ts), a listing's within its budget.
            opts.request = { ...opts.request, signal, fetch: boundedFetch(given?.fetch ?? globalThis.fetch, given?.budget) };
            try {
                const response = await request(opts);
                options.debug(`${opts.method} ${opts.url} → ${response.status} (${Date.now() - started} ms)`);
                return response;
            }
            catch (error) {
                // Octokit reports an error of its fetch as its own, with the fetch's as the cause.
                const cause = error.cause;
                if (cause instanceof RefusedAnswer)
                    throw cause;
                if (signal.aborted) {
                    const bound = ms < options.requestTimeoutMs
                        ? `timeout-seconds ran out (${formatSeconds(deadline.totalMs)})`
                        : `no answer within ${formatSeconds(options.requestTimeoutMs)} (request-timeout-seconds)`;
                    throw Object.assign(new Error(`GitHub did not answer: ${bound}`), { timedOut: true });
                }
                throw error;
            }
        });
    };
    const octokit = getOctokit(options.token, {
        // Octokit logs warnings and errors to the console, which would print outside safe-text.
        log: { debug: () => undefined, info: () => undefined, warn: options.debug, error: options.debug },
        throttle: {
            onRateLimit: (after, req, _o, count) => retry(after, req, count),
            onSecondaryRateLimit: (after, req, _o, count) => retry(after, req, count)
        }
    }, timeouts, throttling);
    async function request(method, path, schema, params = {}) {
        const shown = `${method} ${path}`;
        let response;
        try {
            response = await octokit.request(`${method} ${path}`, params);
        }
        catch (error) {
            const refused = error.status;
            throw client_describe(shown, error, refused === 403 || refused === 429 ? notRetried : undefined);
        }
        const checked = safeParse(schema, response.data, { abortEarly: true });
        if (!checked.success) {
            const issue = checked.issues[0];
            const where = (issue.path ?? []).reduce((text, { key }) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), 'response');
            throw new Error(`GitHub answered ${shown} with something the action cannot read (${where}: ${githubWords(issue.message)}); check that GITHUB_API_URL (${gitHubApiUrl()}) is GitHub's API`);
        }
        return { data: checked.output, headers: response.headers };
    }
    /** Reads the listing's pages of `perPage`, handing each to `keep`, until one brings nothing new or is the last. */
    async function readPages(path, list, params, budget, perPage, keep) {
        const read = (page) => request('GET', path, list, { ...params, per_page: perPage, page, request: { budget } });
        const tooMany = () => new Error(`GitHub lists more than ${MAX_PAGES} pages of ${perPage} for GET ${path}; the action reads no more`);
        const first = await read(1);
        const last = pageNumber(first.headers.link, 'last') ?? 1;
        if (last > MAX_PAGES)
            throw tooMany();
        let more = keep(first);
        let lastRead = { number: 1, answer: first };
        // GitHub names the last page, so the rest can be read together; any that were added meanwhile follow.
        for (let page = 2; more && page <= last; page += PAGE_CONCURRENCY) {
            const numbers = Array.from({ length: Math.min(PAGE_CONCURRENCY, last - page + 1) }, (_, i) => page + i);
            const pages = await Promise.all(numbers.map(read));
            for (const [i, answer] of pages.entries()) {
                lastRead = { number: numbers[i], answer };
                if (!keep(answer)) {
                    more = false;
                    break;
                }
            }
        }
        // A full page without a `next` link (a proxy that drops the header) is not taken for the end: a listing cut
        // short would read open pull requests as closed, or miss the comment and write a second one. The next page is
        // the one after, whatever page a `next` link names.
        const after = ({ number, answer }) => pageNumber(answer.headers.link, 'next') !== undefined || answer.data.length >= perPage ? number + 1 : undefined;
        for (let page = more ? after(lastRead) : undefined; page !== undefined;) {
            if (page > MAX_PAGES)
                throw tooMany();
            const answer = await read(page);
            page = keep(answer) ? after({ number: page, answer }) : undefined;
        }
    }
    return {
        request: (method, path, schema, params) => request(method, path, schema, params),
        async allPages(path, item, listing) {
            const list = array(item);
            const budget = { limit: listing.maxBytes, used: 0, what: listing.what };
            const items = new Map();
            /** Keeps the page's items not seen before; whether there were any. */
            const keep = (answer) => {
                let fresh = false;
                for (const one of answer.data) {
                    const key = listing.key(one);
                    if (items.has(key))
                        continue;
                    items.set(key, one);
                    fresh = true;
                }
                return fresh;
            };
            // A page larger than one answer may be (100 long comments can pass it) is read again in smaller pages: the
            // listing starts over with a quarter of the page size, what was kept staying kept. One item always fits.
            for (let perPage = PAGE_SIZE;; perPage = Math.ceil(perPage / 4)) {
                try {
                    await readPages(path, list, listing.params, budget, perPage, keep);
                    return [...items.values()];
                }
                catch (error) {
                    const cause = error.cause;
                    if (!(cause instanceof RefusedAnswer && cause.bound === 'answer' && perPage > 1))
                        throw error;
                    options.debug(`GET ${path}: a page of ${perPage} passed ${MAX_GITHUB_ANSWER_BYTES} bytes; reading smaller pages`);
                }
            }
        },
        async graphql(query, schema) {
            let data;
            try {
                data = await octokit.graphql(query);
            }
            catch (error) {
                throw client_describe('POST /graphql', error, undefined);
            }
            const checked = safeParse(schema, data, { abortEarly: true });
            if (!checked.success)
                throw new Error(`GitHub answered POST /graphql with something the action cannot read`);
            return checked.output;
        },
        installationToken: options.token.startsWith('ghs_')
    };
}
/** The page number of a `link` header's `rel` (`<https://…?per_page=100&page=3>; rel="last"`). */
function pageNumber(link, rel) {
    if (typeof link !== 'string')
        return undefined;
    for (const part of link.split(',')) {
        // Anchored: unanchored, `<([^>]+)>` would read from each `<` of a header of `<<<…` to its end.
        const m = /^\s*<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part);
        if (m?.[2] !== rel)
            continue;
        const page = Number(new URL(m[1], 'http://link.invalid').searchParams.get('page'));
        return Number.isSafeInteger(page) && page > 0 ? page : undefined;
    }
    return undefined;
}
function client_describe(request, error, note) {
    if (error instanceof RefusedAnswer)
        return Object.assign(new GitHubApiError(request, undefined, error.message), { cause: error });
    if (error instanceof Error && error.timedOut) {
        return new GitHubApiError(request, undefined, error.message);
    }
    const e = error;
    const data = e.response?.data;
    const said = githubWords(typeof data?.message === 'string' ? data.message : (e.message ?? String(error)));
    // No answer at all: a network error, which Octokit reports as status 500 without a response.
    if (e.response === undefined) {
        return new GitHubApiError(request, undefined, said, `Check GITHUB_API_URL (${gitHubApiUrl()}) and the runner's proxy settings (https_proxy, no_proxy)`);
    }
    return new GitHubApiError(request, e.status, said, note);
}
/** GitHub's words, at most this long: a proxy's error page can be megabytes, and the job summary takes 1 MiB. */
const MAX_SAID = 300;
/** The most of a page read for those words; more of it would only be cut off. */
const MAX_PAGE_READ = 100_000;
/** The text of GitHub's message or error page, on one line, secrets hidden, then clipped. */
function githubWords(text) {
    // Hidden before the page is cut to what is read, or a secret across the cut would be found by neither part.
    return clipSafely(plainText(redact(text).slice(0, MAX_PAGE_READ)).replace(/\s+/g, ' ').trim(), MAX_SAID);
}
/**
 * A page without its tags, scripts and styles, in one pass. Regular expressions such as `<script\b[^]*?<\/script>`
 * read from each `<script` to the end of a page that never closes one, and a page of `<script<script…` took time
 * growing with the square of its size; here a search that found no end is not made again.
 */
function plainText(html) {
    let out = '';
    let at = 0;
    // The start of the first `>` and `</script>` or `</style>` at or after where they were looked for; -1 for none.
    let tagEnd = 0;
    const closes = { script: 0, style: 0 };
    for (let open = html.indexOf('<'); open >= 0; open = html.indexOf('<', at)) {
        const next = html.charCodeAt(open + 1) | 0x20;
        const isTag = (next >= 0x61 && next <= 0x7a) || html[open + 1] === '/' || html[open + 1] === '!';
        if (!isTag) {
            out += html.slice(at, open + 1);
            at = open + 1;
            continue;
        }
        const name = /^<(script|style)\b/i.exec(html.slice(open, open + 8))?.[1]?.toLowerCase();
        if (name !== undefined && closes[name] >= 0) {
            if (closes[name] <= open)
                closes[name] = closingTag(html, name, open);
            if (closes[name] >= 0) {
                out += `${html.slice(at, open)} `;
                at = html.indexOf('>', closes[name]) + 1;
                continue;
            }
        }
        if (tagEnd >= 0 && tagEnd <= open)
            tagEnd = html.indexOf('>', open);
        // No tag closes after this: the rest is text.
        if (tagEnd < 0)
            break;
        out += `${html.slice(at, open)} `;
        at = tagEnd + 1;
    }
    return out + html.slice(at);
}
/** Where the first `</name` followed by white space and `>` starts, from `from` on; -1 when there is none. */
function closingTag(html, name, from) {
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = from;
    return close.exec(html)?.index ?? -1;
}

;// CONCATENATED MODULE: ./src/lib/web-link.ts

/** A link a person opens: only http(s), so that an answer cannot hand out a `javascript:` one. */
function isWebLink(text) {
    return /^https?:\/\/[^\s]+$/i.test(text) && URL.canParse(text);
}
const WebLink = pipe(string(), check(isWebLink, 'an http(s) link'));

;// CONCATENATED MODULE: ./src/github/identity.ts


/** The job's token writes as GitHub Actions' app (user 41898282 on github.com; another ID on GitHub Enterprise Server). */
const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', bot: true };
const Id = pipe(number(), safeInteger());
const UserAnswer = object({ login: string(), id: Id, type: optional(string()) });
const ViewerAnswer = object({ viewer: object({ login: string(), databaseId: optional(nullable(Id)) }) });
async function tokenIdentity(github, debug) {
    if (!github.installationToken) {
        try {
            const { data } = await github.request('GET', '/user', UserAnswer);
            return { login: data.login, id: data.id, bot: data.type === 'Bot' };
        }
        catch (error) {
            if (!(error instanceof GitHubApiError && error.status === 403))
                throw error;
        }
    }
    try {
        const { viewer } = await github.graphql('query { viewer { login databaseId } }', ViewerAnswer);
        return { login: viewer.login, id: viewer.databaseId ?? undefined, bot: true };
    }
    catch (error) {
        if (error instanceof GitHubApiError && error.status === 401)
            throw error;
        debug(`GitHub did not say which app the token belongs to (${error instanceof Error ? error.message : String(error)}); taking it for the job's token, ${GITHUB_ACTIONS_BOT.login}`);
        return GITHUB_ACTIONS_BOT;
    }
}
/** Whether `author` is `identity`. GraphQL names a bot without the `[bot]` that the REST API adds to its login. */
function writtenBy(author, identity) {
    if (!author)
        return false;
    const plain = (login) => login.toLowerCase().replace(/\[bot\]$/, '');
    if (plain(author.login) !== plain(identity.login))
        return false;
    if ((author.type === 'Bot') !== identity.bot)
        return false;
    return identity.id === undefined || author.id === undefined || author.id === identity.id;
}

;// CONCATENATED MODULE: ./src/github/comment.ts





// One comment on the pull request about its room, kept up to date by every run: found by the hidden marker it
// starts with, across every page of the pull request's comments, among those the token's own account wrote; created
// by the first run, edited by the later ones (an edit mails nobody, a new comment mails every participant).
/**
 * The first line of the comment about the pull request's own room (the room found by its tag): the marker every
 * version of the action has written, so that a comment written before rooms had markers of their own is still found.
 * Outside text in a comment never contains `<` (safe-text), so never a marker.
 */
const COMMENT_MARKER = '<!-- docspace-rooms-action: pull request room -->';
/**
 * The marker of the comment about the room a step's selector names, `key` made safe by the caller (report/comment.ts):
 * two steps about two rooms of one pull request keep two comments. Every marker ends in ` -->`, so none starts
 * another.
 */
function commentMarker(key) {
    return key ? COMMENT_MARKER.replace(' -->', ` ${key} -->`) : COMMENT_MARKER;
}
/** GitHub refuses a comment body over 65,536 characters; the action stays well under. */
const COMMENT_LIMIT = 60_000;
/**
 * Bytes of comment pages read for one lookup: a page of 100 comments at GitHub's 65,536 characters is 6.6 MB, so this
 * reads about 10 such pages, or some 20,000 comments of a few lines. Of each comment only what finds the room's is
 * kept (below), so memory stays far below this.
 */
const MAX_COMMENT_LIST_BYTES = 64 * 1024 * 1024;
const comment_Id = pipe(number(), safeInteger());
const user = optional(nullable(object({ login: string(), id: optional(comment_Id), type: optional(string()) })));
const commentSchema = object({
    id: comment_Id,
    // Always there in GitHub's default media type: a comment read without it would count as not the room's, and the
    // run would write a second one.
    body: string(),
    // It becomes comment-url and a link in the summary: only an http(s) address.
    html_url: WebLink,
    user
});
function listedComment(marker) {
    return pipe(commentSchema, transform((c) => c.body.startsWith(marker)
        ? { id: c.id, marked: { url: c.html_url, author: c.user ?? undefined, digest: digest(c.body) } }
        : { id: c.id }));
}
function digest(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('base64');
}
/**
 * Starts looking for the room's comment at once, so that the lookup overlaps the room work; `write` then
 * creates or edits it.
 */
function startRoomComment(github, pullRequest, marker, debug) {
    const [owner, repo] = pullRequest.repository.split('/');
    const listPath = `/repos/${owner}/${repo}/issues/${pullRequest.number}/comments`;
    const commentPath = (id) => `/repos/${owner}/${repo}/issues/comments/${id}`;
    const listing = {
        key: (c) => c.id,
        maxBytes: MAX_COMMENT_LIST_BYTES,
        what: `the comments of pull request ${pullRequest.repository}#${pullRequest.number}`
    };
    // Who the token writes as is asked only when there is a comment with the marker to judge: the first run, which
    // finds none, sends nothing more (a GraphQL query counts as a write to GitHub, which spaces writes a second apart).
    let asked;
    const whoAmI = () => (asked ??= github.then((api) => tokenIdentity(api, debug)));
    /** The comments with the marker that `who` (by default, the token's account) wrote, oldest first. Anyone else's is
     * left alone: quoted, imitated, or another app's with the same marker. */
    const ours = async (who) => {
        const listed = await (await github).allPages(listPath, listedComment(marker), listing);
        const marked = listed.flatMap((c) => (c.marked ? [{ id: c.id, ...c.marked }] : []));
        if (marked.length === 0)
            return [];
        const identity = who ?? (await whoAmI());
        return marked.filter((c) => writtenBy(c.author, identity)).sort((a, b) => a.id - b.id);
    };
    const lookup = ours();
    // Awaited by write; a run that fails before then must not also report an unhandled rejection.
    lookup.catch(() => undefined);
    /** Creates the comment; gives the one that stays, with the text it now has. */
    async function create(api, body) {
        const { data: made } = await api.request('POST', listPath, commentSchema, { body });
        // Two runs that both found no comment (an `opened` and an `edited` event at once) each made one: the oldest
        // stays, with this run's text, and the others go. Only comments of the author GitHub names for this one, which
        // is the token's account whatever was taken for it, are touched.
        const author = made.user ? { login: made.user.login, id: made.user.id, bot: made.user.type === 'Bot' } : undefined;
        const same = author ? await ours(author) : [];
        const keep = same[0];
        if (!keep || keep.id === made.id)
            return { id: made.id, url: made.html_url, body, done: 'created' };
        for (const extra of same.slice(1)) {
            await api.request('DELETE', commentPath(extra.id), unknown()).catch((error) => {
                if (!(error instanceof GitHubApiError && error.status === 404))
                    throw error;
            });
        }
        if (keep.digest !== digest(body))
            await api.request('PATCH', commentPath(keep.id), commentSchema, { body });
        return { id: keep.id, url: keep.url, body, done: 'updated' };
    }
    let early;
    return {
        /**
         * The room exists and `body` is already the comment's final text: a pull request without the comment gets it
         * now, beside the room's other requests (README.txt) rather than after them. Only for a final text: GitHub asks
         * for a second between writes (the throttling plugin waits it), so an early comment edited at the end would
         * cost more than it saves. A failure here is reported by `write`, after the room work.
         */
        early(body) {
            early ??= (async () => {
                const [existing] = await lookup;
                return existing ? undefined : create(await github, body);
            })();
            early.catch(() => undefined);
        },
        async write(body) {
            const api = await github;
            const made = await early;
            if (made) {
                if (made.body !== body)
                    await api.request('PATCH', commentPath(made.id), commentSchema, { body });
                return { url: made.url, done: made.done };
            }
            const [existing] = await lookup;
            if (existing) {
                if (existing.digest === digest(body))
                    return { url: existing.url, done: 'unchanged' };
                const { data } = await api.request('PATCH', commentPath(existing.id), commentSchema, { body });
                return { url: data.html_url, done: 'updated' };
            }
            const placed = await create(api, body);
            return { url: placed.url, done: placed.done };
        }
    };
}

;// CONCATENATED MODULE: ./src/docspace/types.ts
/** DocSpace's vocabulary: room types, title rules and where rooms live. The answers' shapes are in answers.ts. */
/** `FolderType` values of `rootFolderType` that tell where a room lives (Folder.cs:41-129). */
const ROOT_FOLDER = { active: 14, archive: 20 };
function isArchived(room) {
    return room.rootFolderType === ROOT_FOLDER.archive;
}
const ROOM_TYPES = [
    { name: 'custom', docspaceName: 'CustomRoom', value: 5 },
    { name: 'collaboration', docspaceName: 'EditingRoom', value: 2 },
    { name: 'public', docspaceName: 'PublicRoom', value: 6 },
    { name: 'form-filling', docspaceName: 'FillingFormsRoom', value: 1 },
    { name: 'virtual-data', docspaceName: 'VirtualDataRoom', value: 8 }
];
/** DocSpace's limit on a room title (`CreateRoomRequestDto.Title`, `[StringLength(170)]`). */
const MAX_TITLE_LENGTH = 170;
/** Characters DocSpace replaces with `_` when it saves a title, each UTF-16 surrogate among them, so that an
 * emoji becomes `__` (Global.cs:198). */
const TITLE_REPLACED_CHARS = /[\t*+:"<>?|\\/\uD800-\uDFFF]/g;
/** A title as DocSpace saves it (`Global.ReplaceInvalidCharsAndTruncate`, Global.cs:219-241): trimmed, cut to
 * the limit keeping an extension that starts in the last 20 characters, then reserved characters replaced. */
function savedTitle(title) {
    let saved = title.trim();
    if (saved.length > MAX_TITLE_LENGTH) {
        const dot = saved.lastIndexOf('.');
        saved =
            dot > MAX_TITLE_LENGTH - 20
                ? saved.slice(0, MAX_TITLE_LENGTH - (saved.length - dot)) + saved.slice(dot)
                : saved.slice(0, MAX_TITLE_LENGTH);
    }
    return saved.replace(TITLE_REPLACED_CHARS, '_');
}
function hasAllTags(room, tags) {
    const own = new Set(room.tags);
    return tags.every((t) => own.has(t));
}

;// CONCATENATED MODULE: ./src/docspace/room-url.ts
/** A browser link to a room, built the way the ONLYOFFICE apps build it (rooms have no webUrl field). */
function roomUrl(portalUrl, roomId) {
    return `${portalUrl}/rooms/shared/filter?folder=${encodeURIComponent(String(roomId))}`;
}
/** A browser link to a file: DocSpace's editor page, which opens documents and offers other files for download
 * (FilesLinkUtility.cs:398, `/doceditor?fileid={id}`). */
function fileUrl(portalUrl, fileId) {
    return `${portalUrl}/doceditor?fileid=${encodeURIComponent(String(fileId))}`;
}

;// CONCATENATED MODULE: ./src/lib/safe-text.ts




// Text that others write reaches the log and the job summary: a pull request's title, a portal's room titles,
// tags, ids, dates, operation ids and messages, the workflow's inputs. This module is the one way out for it;
// each function makes text safe for one place and keeps it readable there.
//
// The runner (actions/runner, src/Runner.Common/ActionCommand.cs and src/Runner.Worker/ActionCommandManager.cs)
// reads stdout and stderr line by line, a line ending at "\r\n", "\r" or "\n" (StreamReader.ReadLine), and acts
// on `::name::data` when a line starts with it (after white space) and on `##[name]data` anywhere in a line;
// `stop-commands` in either form turns commands off until its token comes back. It compares with .NET's
// culture-sensitive StartsWith and IndexOf, which under ICU skip default-ignorable characters: `##`, a
// zero-width space and `[` still read as `##[`. So a marker is broken with a visible backslash (`##\[`, `\::`),
// as the runner itself does with its own `##[start-action` marker (OutputManager.cs), never with an invisible
// character.
/** Line breaks the runner splits on, and those a reader's screen breaks at. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** Control characters but tab and line feed, and the bidirectional overrides and isolates that reorder what a
 * reader sees: shown, so that an escape sequence colours or hides nothing. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const IGNORABLE = '[\\p{Default_Ignorable_Code_Point}]*';
/** `##[`, also with characters ICU skips in between. */
const BRACKET_MARKER = new RegExp(`#${IGNORABLE}#${IGNORABLE}\\[`, 'gu');
/** `::` at the start of a line, after what .NET's TrimStart and ICU skip. */
const COLON_MARKER = new RegExp(`^([\\s\\p{Default_Ignorable_Code_Point}]*):(?=${IGNORABLE}:)`, 'u');
function showControl(c) {
    const code = c.charCodeAt(0);
    // The Control Pictures block (␀ … ␟, ␡) has a sign for each C0 control and DEL.
    if (code < 0x20)
        return String.fromCharCode(0x2400 + code);
    if (code === 0x7f)
        return '\u2421';
    return `\\u${code.toString(16).padStart(4, '0')}`;
}
function breakMarkers(line) {
    return line.replace(BRACKET_MARKER, (m) => `${m.slice(0, -1)}\\[`).replace(COLON_MARKER, '$1\\:');
}
/** One line of the log: line breaks shown as ⏎, controls shown, no runner command. */
function logLine(text) {
    return breakMarkers(redact(text).replace(LINE_BREAK, '⏎').replace(CONTROL, showControl));
}
/**
 * The message of an annotation or a debug line, its line breaks kept. @actions/core escapes line breaks in a
 * command's data and the runner reads the `::` command before looking for `##[`, so nothing in it is acted
 * on; its lines are made safe all the same, since the runner prints a multi-line message as lines of the log.
 */
function commandText(text) {
    return redact(text).replace(LINE_BREAK, '\n').replace(CONTROL, showControl).split('\n').map(breakMarkers).join('\n');
}
/** A value that has no business holding a line break (one failure of a list), shown on one line. */
function oneLine(text) {
    return text.replace(LINE_BREAK, '⏎');
}
/**
 * The step's log for text that may carry anyone's words. `core.info` prints as given; the rest are commands
 * whose data @actions/core escapes, made readable here too.
 */
const log = {
    info: (line) => info(logLine(line)),
    warning: (text) => warning(commandText(text)),
    notice: (text) => notice(commandText(text)),
    debug: (text) => core_debug(commandText(text)),
    group: (name, work) => group(logLine(name), work),
    /** Fails the step with an error annotation. */
    fail: (message) => setFailed(commandText(message))
};
// The job summary is Markdown (GFM) into which the action writes HTML only. Each HTML block it starts is of
// CommonMark's type 6 (`<h3>`, `<p>`, `<table>`, `<ul>`), which ends at the first blank line, after which
// Markdown is read again (CommonMark spec §4.6). So outside text carries no line break at all, and besides
// the characters HTML acts on, those Markdown would act on are written as character references, which
// render as themselves inside a block and outside one.
const SUMMARY_ESCAPED = /[&<>"'\\`*_[\]!~|#]/g;
function escapeForSummary(text) {
    return text.replace(CONTROL, showControl).replace(SUMMARY_ESCAPED, (c) => `&#${c.charCodeAt(0)};`);
}
// The summary's callouts and the pull request comment are Markdown paragraphs, not HTML blocks, and GitHub makes
// links of text there: cmark-gfm's autolink extension links `www.`, `http://`, `https://` and `ftp://` at the `w`
// and the `:` it reads (a character reference is read as text, not as either), and e-mail addresses at their `@`
// in the text it has read, references decoded (so `&#64;` is still linked). GitHub then turns `@login` into a
// mention, and `#1`, `owner/repo#1` and `GH-1` into references, in the rendered page's text, where references are
// decoded too. So `:` and the `w` of `www.` are written as references, and a zero-width space (`&#8203;`, as
// Renovate and Dependabot write `@&#8203;`) follows each `@`, each `#` before a digit and each `GH-` before a digit:
// the text reads the same and links nothing. The runner plays no part here, so no invisible character is lost.
/** `@`, `#1`, `GH-1`: a zero-width space goes after the `@`, the `#` or the `-`. */
const MENTION_OR_REFERENCE = /@|#(?=\d)|\bgh-(?=\d)/gi;
/** The `w` of `www.` and every `:`: the characters cmark-gfm starts an autolink at, and the space put in above. */
const AUTOLINK_START = /w(?=ww\.)|[:\u200b]/gi;
/** Outside text for a Markdown paragraph: as escapeForSummary, and nothing in it becomes a link. */
function escapeForMarkdown(text) {
    const spaced = text.replace(MENTION_OR_REFERENCE, (m) => `${m}\u200b`);
    return escapeForSummary(spaced).replace(AUTOLINK_START, (c) => `&#${c.charCodeAt(0)};`);
}
/** A value in the summary (a title, a tag, an id, a date), on one line: line breaks shown as ⏎. */
function summaryText(text) {
    return escapeForSummary(redact(text).replace(LINE_BREAK, '⏎'));
}
/** A message in a summary callout: its lines kept as `<br>`, so that a long one wraps where a `<pre>` would not. */
function summaryLines(text) {
    return redact(text).split(LINE_BREAK).map(escapeForMarkdown).join('<br>');
}
/** A link whose text is outside text. */
function summaryLink(url, text) {
    return `<a href="${summaryText(url)}">${summaryText(text)}</a>`;
}
// A pull request comment is GitHub-flavoured Markdown, with HTML that GitHub sanitises, on a page anyone with
// access to the repository reads (on a public repository, anyone). Outside text goes in on one line, its HTML and
// Markdown characters as character references, as in the summary, and links nothing (escapeForMarkdown): an `@`
// would mention, and so mail, whoever has that login. An e-mail address is left out whole, since a comment is no
// place for one; and `<` never reaches the comment as itself, so no outside text can carry the comment's hidden
// marker.
/** Outside text in a pull request comment: one line, at most `max` characters of it, nothing that acts. */
function commentText(text, max = 200) {
    const line = replaceEmails(redact(text).replace(LINE_BREAK, ' '), () => '(e-mail address hidden)');
    return escapeForMarkdown(clipSafely(line, max));
}
/** A link in a pull request comment: the text as commentText, the address only when it is http(s). */
function commentLink(url, text, max = 200) {
    const address = redact(url);
    if (!isWebLink(address))
        return commentText(text, max);
    return `<a href="${escapeForSummary(new URL(address).href)}">${commentText(text, max)}</a>`;
}
// Something like an e-mail address: what `[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]+` matches,
// found in one pass. As a regular expression it tries each start of a long word to its end, and a word of 64,000
// characters took seconds; here each character is looked at at most twice.
/** Characters that end the parts of an address: white space (as `\s`), `@` and `<>()[]"',;:`. */
function endsAddress(code) {
    switch (code) {
        case 0x40: // @
        case 0x3c: // <
        case 0x3e: // >
        case 0x28: // (
        case 0x29: // )
        case 0x5b: // [
        case 0x5d: // ]
        case 0x22: // "
        case 0x27: // '
        case 0x2c: // ,
        case 0x3b: // ;
        case 0x3a: // :
            return true;
    }
    return isSpace(code);
}
/** JavaScript's `\s`: white space and line terminators. */
function isSpace(code) {
    if (code <= 0x20)
        return code === 0x20 || (code >= 0x09 && code <= 0x0d);
    return (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
/**
 * Where the e-mail addresses are, as [start, end) pairs, left to right: a local part (the run of address characters
 * before an `@`, after the end of the last address found) and a domain (the run after it) with a `.` that is neither
 * its first nor its last character.
 */
function emailSpans(text) {
    const spans = [];
    let taken = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
        let start = at;
        while (start > taken && !endsAddress(text.charCodeAt(start - 1)))
            start--;
        // The last two dots of the domain after its first character: one of them is followed by something.
        let end = at + 1;
        let lastDot = -1;
        let dotBefore = -1;
        while (end < text.length && !endsAddress(text.charCodeAt(end))) {
            if (text.charCodeAt(end) === 0x2e && end > at + 1)
                [dotBefore, lastDot] = [lastDot, end];
            end++;
        }
        const dotted = (lastDot >= 0 && lastDot < end - 1) || dotBefore >= 0;
        if (start < at && dotted) {
            spans.push([start, end]);
            taken = end;
        }
    }
    return spans;
}
/** Text with each e-mail address replaced by what `by` makes of it. */
function replaceEmails(text, by) {
    const spans = emailSpans(text);
    if (spans.length === 0)
        return text;
    let out = '';
    let from = 0;
    for (const [start, end] of spans) {
        out += text.slice(from, start) + by(text.slice(start, end));
        from = end;
    }
    return out + text.slice(from);
}
/**
 * Outside text in the comment's hidden marker (a room's title or tags, naming the room a step keeps a comment about):
 * percent-encoded, so that nothing in it can end the HTML comment (`-->`) or be read as anything; a long one is cut,
 * with a digest of the whole, so that two long titles alike at the start still make two markers.
 */
function markerText(text, max = 120) {
    // Secrets are hidden before the text is cut, so no part of one can stay.
    const clean = redact(text);
    const encoded = encodeURIComponent(clean.replace(LONE_SURROGATE, '\ufffd'));
    if (encoded.length <= max)
        return encoded;
    return `${encoded.slice(0, max - 17)}~${(0,external_node_crypto_.createHash)('sha256').update(clean).digest('hex').slice(0, 16)}`;
}
/** A UTF-16 half without its other half, which encodeURIComponent refuses. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * A message that quotes what the workflow wrote goes to the log, which is public on a public repository: an e-mail
 * address in it keeps only its first character and its domain (`a…@example.com`), enough to tell which it was.
 * Secrets are hidden first, since this keeps only part of what looks like an address.
 */
function maskEmails(text) {
    return replaceEmails(redact(text), (address) => `${address[0]}…${address.slice(address.indexOf('@'))}`);
}
/**
 * A person's name from the portal, for the log and the summary, which on a public repository anyone reads: DocSpace
 * gives the e-mail as the name of someone who has set none (DisplayUserSettings.cs:95-100), as every person invited
 * by e-mail is until they sign up, so an e-mail address in a name is left out. The result is still outside text.
 */
function personName(name) {
    const trimmed = redact(name).trim();
    if (trimmed === '')
        return 'a person without a name';
    if (replaceEmails(trimmed, () => '').trim() === '')
        return 'a person with no name yet';
    return replaceEmails(trimmed, () => '(e-mail address hidden)');
}

;// CONCATENATED MODULE: ./src/report/comment.ts
// What the pull request comment says about the room the step left behind: the run's report on the pull request.





/**
 * The marker of the comment about the room the step acts on, named by how the step finds it: the pull request's own
 * room (found by its tag) has the marker the action always had; a room found by `room-id`, `title` or `tags` has one
 * that says so (`<!-- docspace-rooms-action: pull request room title:Design%20review -->`), so that a second room of
 * the pull request gets a comment of its own instead of taking over the first one's. The pull request's tag is left
 * out of the key: it is the same for every room of the pull request, which create adds it to.
 */
function roomCommentMarker(config) {
    const selector = config.operation === 'create' || config.operation === 'pull-request' ? config.existing : config.target;
    return commentMarker(selector && selectorKey(selector, config.pullRequest?.tag));
}
function selectorKey(selector, ownTag) {
    const tags = (list) => {
        const named = [...new Set(list.filter((t) => t !== ownTag))].sort();
        return named.length ? [`tags:${named.map((t) => markerText(t)).join(',')}`] : [];
    };
    switch (selector.by) {
        case 'pull-request':
            return undefined;
        case 'id':
            return `room-id:${selector.id}`;
        case 'title':
            return [`title:${markerText(selector.title)}`, ...tags(selector.tags)].join(' ');
        case 'tags':
            return tags(selector.tags).join(' ') || undefined;
    }
}
/** How the room stands after the step, in the comment's words; for a closed pull request, why and how it comes back. */
function stateLine(outcome, pullRequest) {
    const room = outcome.room;
    switch (outcome.result) {
        case 'deleted':
        case 'delete-started':
            return outcome.result === 'deleted'
                ? '**Deleted**: the room and its files were deleted from DocSpace.'
                : '**Being deleted**: DocSpace is deleting the room and its files.';
        case 'archive-started':
            return `**Being archived**${comment_closed(pullRequest)}: DocSpace is moving the room to its archive; its external links stop working.${reopen(pullRequest)}`;
        case 'unarchived':
            return '**Active**: restored from the archive.';
    }
    return isArchived(room)
        ? `**Archived**${comment_closed(pullRequest)}: the room is read-only in DocSpace's archive, and its external links no longer work.${reopen(pullRequest)}`
        : '**Active**';
}
/** " because the pull request was merged", for a closed pull request's room. */
function comment_closed(pullRequest) {
    if (!pullRequest || pullRequest.open)
        return '';
    return ` because the pull request was ${pullRequest.merged ? 'merged' : 'closed'}`;
}
/** Where the room comes back from, when the step keeps the pull request's whole life. */
function reopen(pullRequest) {
    if (!pullRequest)
        return '';
    return pullRequest.open
        ? ' Adding the label back restores it, with its files and members.'
        : ' Reopening the pull request restores it, with its files and members.';
}
const MEMBERS_SHOWN = 100;
/** The comment's text for the room the step left behind. No e-mail address goes into it, and no outside text
 * but through safe-text. */
function commentBody(marker, portalUrl, outcome, pullRequest) {
    for (let shown = MEMBERS_SHOWN;; shown = Math.floor(shown / 2)) {
        const body = render(marker, portalUrl, outcome, shown, pullRequest);
        if (body.length <= COMMENT_LIMIT || shown === 0)
            return body;
    }
}
function render(marker, portalUrl, outcome, membersShown, pullRequest) {
    const room = outcome.room;
    const gone = outcome.result === 'deleted' || outcome.result === 'delete-started';
    const type = ROOM_TYPES.find((t) => t.value === room.roomType)?.name;
    const title = gone ? commentText(room.title) : commentLink(roomUrl(portalUrl, room.id), room.title);
    const lines = [
        marker,
        '### DocSpace room',
        '',
        `${title}${type ? ` · ${type} room` : ''}`,
        '',
        stateLine(outcome, pullRequest)
    ];
    const members = outcome.members;
    if (members && members.length > 0 && !gone) {
        const names = members
            .slice(0, membersShown)
            .map((m) => `${commentText(m.name || 'A member without a name', 100)} (${commentText(m.access.replace(/-/g, ' '), 30)})`);
        const more = members.length - Math.min(members.length, membersShown);
        lines.push('', `**Members:** ${names.join(', ')}${more > 0 ? `, and ${more} more` : ''}`);
    }
    if (outcome.externalLink && !gone && !isArchived(room)) {
        lines.push('', `**External link:** ${commentLink(outcome.externalLink, outcome.externalLink, 300)}`);
    }
    lines.push('', '<sub>Kept up to date by the DocSpace Rooms action; edits to this comment are overwritten.</sub>');
    return `${lines.join('\n')}\n`;
}
/**
 * The error of a run whose room work was done but whose comment could not be written: it says both, and what
 * to change when the token lacks the permission.
 */
function commentFailure(error, outcome) {
    const room = outcome.room;
    const done = `The room work was done (result: ${outcome.result}${room ? `, room ${room.id} "${room.title}"` : ''}; the outputs are set)`;
    const message = error instanceof Error ? error.message : String(error);
    let hint = '';
    if (error instanceof GitHubApiError) {
        if (error.status === 401) {
            hint = "github-token was not accepted: pass the job's token (the default, ${{ github.token }}) or a valid one";
        }
        else if ((error.status === 403 || error.status === 404) && !/rate limit/i.test(error.githubMessage)) {
            hint =
                'The token may not write to the pull request: give the job `permissions: pull-requests: write`. On `pull_request` from a fork GitHub\'s token is read-only; see "Pull requests from forks" in the README';
        }
    }
    return new Error(`${done}, but the pull request comment could not be written: ${message}${hint ? `. ${hint}` : ''}`);
}

;// CONCATENATED MODULE: ./src/github/open-pull-requests.ts

// An object schema keeps only these two of the hundreds of fields GitHub lists a pull request with.
const pullSchema = object({ number: pipe(number(), safeInteger()), state: string() });
/**
 * Bytes of answers the listing may take: GitHub lists a pull request with both repositories whole, about 25 KB, so this
 * reads about 10,000 open pull requests. Only their numbers are kept.
 */
const MAX_PULL_LIST_BYTES = 256 * 1024 * 1024;
/**
 * The repository's open pull requests, all pages of them, read once. `GET /repos/{owner}/{repo}/pulls` lists
 * open ones by default (docs.github.com/en/rest/pulls/pulls#list-pull-requests) and needs `pull-requests: read`.
 */
async function readOpenPullRequests(github, repository) {
    if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new Error(`skip-open-pull-requests needs the repository as owner/name in GITHUB_REPOSITORY, which the runner sets; got "${repository ?? ''}"`);
    }
    const pulls = await (await github).allPages(`/repos/${repository}/pulls`, pullSchema, {
        key: (pull) => pull.number,
        maxBytes: MAX_PULL_LIST_BYTES,
        what: `the open pull requests of ${repository}`,
        params: { state: 'open' }
    });
    return { repository, numbers: new Set(pulls.filter((p) => p.state === 'open').map((p) => p.number)) };
}
/** The pull request number of a room's `pr:owner/repo#N` tag for this repository (names compare in any case,
 * as GitHub's do), if it has one. */
function pullRequestOf(room, repository) {
    const prefix = `pr:${repository.toLowerCase()}#`;
    for (const tag of room.tags) {
        if (!tag.toLowerCase().startsWith(prefix))
            continue;
        const number = tag.slice(prefix.length);
        if (/^\d+$/.test(number))
            return Number(number);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/report/github-work.ts




function startGitHubWork(config, deadline, log) {
    // Only a run that asks GitHub something loads Octokit.
    // A pull_request run from a fork without a key does nothing, GitHub included.
    if (config.forkWithoutKey || (!config.pullRequestComment && !config.skipOpenPullRequests)) {
        return { finish: () => Promise.resolve(undefined) };
    }
    const github = connectGitHub({
        token: config.githubToken,
        deadline,
        requestTimeoutMs: config.requestTimeoutMs,
        maxRetries: config.maxRetries,
        debug: log.debug,
        warn: log.warn
    });
    const openPullRequests = config.skipOpenPullRequests
        ? readOpenPullRequests(github, process.env.GITHUB_REPOSITORY)
        : undefined;
    // Read by archive-stale, which reports its failure; until then it must not count as unhandled.
    openPullRequests?.catch(() => undefined);
    const marker = roomCommentMarker(config);
    // The comment of the one-step pull-request life says why the room was archived and how it comes back.
    const lifecycle = config.operation === 'pull-request' ? config.pullRequest : undefined;
    const comment = config.pullRequestComment
        ? startRoomComment(github, config.pullRequest, marker, log.debug)
        : undefined;
    return {
        openPullRequests,
        roomSettled: comment && ((settled) => comment.early(commentBody(marker, config.portalUrl, settled, lifecycle))),
        async finish(outcome) {
            if (!comment || !outcome.room)
                return undefined;
            try {
                const written = await comment.write(commentBody(marker, config.portalUrl, outcome, lifecycle));
                outcome.commentUrl = written.url;
                log.info(`Pull request comment ${written.done}: ${written.url}`);
                return undefined;
            }
            catch (error) {
                return commentFailure(error, outcome);
            }
        }
    };
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/inputs/settings.ts



/** The inputs for settings, each read once; `read` returns '' for an input not given. */
const SETTINGS_INPUTS = [
    'quota',
    'file-lifetime',
    'file-lifetime-permanent',
    'deny-download',
    'indexing',
    'color',
    'logo'
];
/** DocSpace's limit on a logo image: `web:max-upload-size`, 1 MB unless the portal's configuration changes it
 * (web/ASC.Web.Core/SetupInfo.cs:101; RoomLogoManager.cs:283-289). */
const MAX_LOGO_BYTES = 1024 * 1024;
/** DocSpace fits a logo image into this square before cutting it (RoomLogoManager.cs:66, 297). */
const LOGO_FIT = 1280;
const MIB = 1024 * 1024;
const UNITS = { kb: 1024, mb: MIB, gb: 1024 * MIB, tb: 1024 * 1024 * MIB };
const PERIODS = { day: 0, month: 1, year: 2 };
function readSettings(read, parseBoolean, workspace) {
    const settings = {};
    const given = (name) => (read(name).trim() === '' ? undefined : read(name).trim());
    const quota = given('quota');
    if (quota !== undefined)
        settings.quota = parseQuota(quota);
    const lifetime = given('file-lifetime');
    const permanent = given('file-lifetime-permanent');
    if (lifetime !== undefined) {
        const deletePermanently = permanent === undefined ? false : parseBoolean('file-lifetime-permanent', permanent);
        settings.lifetime = parseLifetime(lifetime, deletePermanently);
        if (settings.lifetime === 'off' && permanent !== undefined) {
            throw new InputError('file-lifetime-permanent', 'goes with a file-lifetime such as "30 days", not with "off"');
        }
    }
    else if (permanent !== undefined) {
        throw new InputError('file-lifetime-permanent', 'needs file-lifetime: DocSpace sets the lifetime and what happens to expired files together');
    }
    const deny = given('deny-download');
    if (deny !== undefined)
        settings.denyDownload = parseBoolean('deny-download', deny);
    const indexing = given('indexing');
    if (indexing !== undefined)
        settings.indexing = parseBoolean('indexing', indexing);
    const color = given('color');
    if (color !== undefined)
        settings.color = parseColor(color);
    const logo = given('logo');
    if (logo !== undefined)
        settings.logo = readLogo(logo, workspace);
    return settings;
}
function parseQuota(raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'unlimited')
        return -1;
    if (value === 'default')
        return -2;
    const match = /^(\d+(?:\.\d+)?)\s*(kb|mb|gb|tb)$/.exec(value);
    const bytes = match ? Math.round(Number(match[1]) * UNITS[match[2]]) : NaN;
    if (!(bytes >= 1) || !Number.isSafeInteger(bytes)) {
        throw new InputError('quota', `must be a size such as "500 MB" or "2 GB" (1 MB = 1,048,576 bytes), "unlimited" or "default" (the portal's default for rooms); got "${raw.trim()}"`);
    }
    return bytes;
}
function parseLifetime(raw, deletePermanently) {
    const value = raw.trim().toLowerCase();
    if (value === 'off')
        return 'off';
    const match = /^(\d+)\s*(day|month|year)s?$/.exec(value);
    const count = match ? Number(match[1]) : NaN;
    if (!match || !(count >= 1 && count <= 999)) {
        throw new InputError('file-lifetime', `must be a number from 1 to 999 and days, months or years, such as "30 days", "6 months" or "1 year", or "off"; got "${raw.trim()}"`);
    }
    return { period: PERIODS[match[2]], value: count, deletePermanently };
}
function parseColor(raw) {
    const value = raw.trim();
    if (!/^#?[0-9a-f]{6}$/i.test(value)) {
        throw new InputError('color', `must be six hexadecimal digits RRGGBB, such as "1E88E5" or "#1E88E5"; got "${value}"`);
    }
    return value.replace(/^#/, '').toUpperCase();
}
/** Reads the logo image: a file in the workspace, PNG or JPEG by its first bytes, no larger than DocSpace takes. */
function readLogo(raw, workspace) {
    const path = raw.trim();
    const full = (0,external_node_path_namespaceObject.resolve)(workspace, path);
    let real;
    let size;
    try {
        real = (0,external_node_fs_namespaceObject.realpathSync)(full);
        const stat = (0,external_node_fs_namespaceObject.statSync)(real);
        if (!stat.isFile())
            throw new InputError('logo', `must name a file; "${path}" is not one`);
        size = stat.size;
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        throw new InputError('logo', `names no file in the workspace: "${path}" was not found`);
    }
    let root;
    try {
        root = (0,external_node_fs_namespaceObject.realpathSync)(workspace);
    }
    catch {
        throw new InputError('logo', `needs the workspace, and ${workspace} is not there; check out the repository first`);
    }
    const inside = (0,external_node_path_namespaceObject.relative)(root, real);
    // `..` as a path segment, not the start of a name such as `..logo.png`.
    if (inside === '..' || inside.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(inside)) {
        throw new InputError('logo', `must be a file in the workspace (${workspace}); "${path}" is outside it`);
    }
    if (size > MAX_LOGO_BYTES) {
        throw new InputError('logo', `is ${(size / MIB).toFixed(2)} MB; DocSpace takes logo images of at most 1 MB (1,048,576 bytes)`);
    }
    const data = (0,external_node_fs_namespaceObject.readFileSync)(real);
    const header = imageHeader(data);
    if (!header)
        throw new InputError('logo', `must be a PNG or JPEG image; "${path}" is neither`);
    return {
        path,
        fileName: real.split(/[\\/]/).at(-1),
        data,
        ...header,
        crop: centredSquare(header.width, header.height)
    };
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** JPEG start-of-frame markers, which carry the image size (C4, C8 and CC are other segments). */
const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** Format and size from the header: PNG's IHDR, or the first start-of-frame segment of a JPEG. */
function imageHeader(data) {
    if (data.length >= 24 && data.subarray(0, 8).equals(PNG_SIGNATURE) && data.toString('latin1', 12, 16) === 'IHDR') {
        const width = data.readUInt32BE(16);
        const height = data.readUInt32BE(20);
        return width > 0 && height > 0 ? { format: 'png', width, height } : undefined;
    }
    if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8)
        return undefined;
    let at = 2;
    while (at + 4 <= data.length) {
        if (data[at] !== 0xff)
            return undefined;
        const marker = data[at + 1];
        // Fill bytes, and markers that stand alone without a length.
        if (marker === 0xff)
            at += 1;
        else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8))
            at += 2;
        else if (JPEG_FRAMES.has(marker)) {
            if (at + 9 > data.length)
                return undefined;
            const height = data.readUInt16BE(at + 5);
            const width = data.readUInt16BE(at + 7);
            return width > 0 && height > 0 ? { format: 'jpeg', width, height } : undefined;
        }
        else
            at += 2 + data.readUInt16BE(at + 2);
    }
    return undefined;
}
/**
 * The largest centred square of the image as DocSpace keeps it: the upload is first fitted into 1280x1280, keeping
 * its aspect and rounding half up (UserPhotoThumbnailManager.TryParseImage, UserPhotoThumbnailManager.cs:112-175),
 * and the crop is given in that image's pixels (RoomLogoManager.SaveLogo, :117-136).
 */
function centredSquare(width, height) {
    const [w, h] = keptSize(width, height);
    const side = Math.min(w, h);
    return { x: Math.floor((w - side) / 2), y: Math.floor((h - side) / 2), width: side, height: side };
}
/**
 * The size DocSpace keeps an image at: fitted into 1280x1280 as above. A side that rounds to 0 (an image more than
 * 2,560 times wider than high, or higher than wide) is taken as 1: no image has a side of 0 pixels, and the crop of
 * a 0-pixel side started at -1, outside the image.
 */
function keptSize(width, height) {
    if (width <= LOGO_FIT && height <= LOGO_FIT)
        return [width, height];
    if (width > height)
        return [LOGO_FIT, Math.max(1, Math.floor((height * LOGO_FIT) / width + 0.5))];
    return [Math.max(1, Math.floor((width * LOGO_FIT) / height + 0.5)), LOGO_FIT];
}

;// CONCATENATED MODULE: ./src/docspace/titles.ts
// The title DocSpace stores for a file or folder name it is given, so that a re-run finds what it uploaded.
// Sources: DocSpace-server v3.7.2, FileDao.cs:524-526 (every file save lower-cases the extension through
// FileUtility.cs:182-232), FolderDao.cs:527 (folders get only Global.ReplaceInvalidCharsAndTruncate).

/** A folder's stored title: the same rules as a room's. */
const storedFolderTitle = savedTitle;
/** A file's stored title: `savedTitle`, then `name-without-extension + "." + lower-case extension`, as .NET's Path
 * functions split a name, so `Makefile` is stored as `Makefile.` and `README.MD` as `README.md`. */
function storedFileTitle(name) {
    const title = savedTitle(name);
    const dot = title.lastIndexOf('.');
    // Path.GetExtension: from the last dot, empty when the dot ends the name or there is none.
    const extension = dot >= 0 && dot < title.length - 1 ? title.slice(dot) : '';
    const base = dot >= 0 ? title.slice(0, dot) : title;
    return `${base}.${extension.trim().toLowerCase().replace(/^\.+/, '')}`;
}
/** DocSpace matches a title ignoring case on MySQL (utf8_general_ci, DbFile.cs:227-232), its usual database. */
function sameTitle(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}

;// CONCATENATED MODULE: ./src/inputs/documents.ts
// The inputs that move documents between the workspace and a room: upload's globs, download's target folder and
// pattern, the folder inside the room, and what to do when nothing matched.



const DOCUMENT_INPUTS = [
    'path',
    'folder',
    'pattern',
    'include-hidden-files',
    'if-no-files-found',
    'delete-missing'
];
/** Reads the documents inputs for upload, download and create (which uploads only when `path` is given). */
function readDocuments(operation, read, parseBoolean, workspace) {
    // Read for every operation, as every input is, so that one given to an operation that ignores it is seen.
    const raw = Object.fromEntries(DOCUMENT_INPUTS.map((name) => [name, read(name)]));
    if (!['upload', 'download', 'create', 'pull-request'].includes(operation))
        return undefined;
    read = (name) => raw[name];
    const folder = parseFolder(read('folder'));
    if (operation === 'download') {
        return {
            folder,
            download: { target: inWorkspace(read('path') || '.', workspace), patterns: lines(read('pattern')) }
        };
    }
    const patterns = read('path');
    if (patterns.trim() === '') {
        if (operation === 'upload')
            throw new InputError('path', 'is required for operation "upload": one glob a line');
        if (read('folder'))
            throw new InputError('folder', "needs path: it says where in the room path's files go");
        return undefined;
    }
    const ifNoFilesFound = read('if-no-files-found') || 'warn';
    if (!['warn', 'error', 'ignore'].includes(ifNoFilesFound)) {
        throw new InputError('if-no-files-found', `must be warn, error or ignore, not "${ifNoFilesFound}"`);
    }
    return {
        folder,
        upload: {
            patterns,
            includeHidden: parseBoolean('include-hidden-files', read('include-hidden-files') || 'false'),
            ifNoFilesFound: ifNoFilesFound,
            deleteMissing: operation === 'upload' ? parseBoolean('delete-missing', read('delete-missing') || 'false') : false
        }
    };
}
/** `a/b/c` → its segments as DocSpace stores them; each must be a name, not a way out. */
function parseFolder(raw) {
    if (raw.trim() === '')
        return [];
    const segments = raw
        .trim()
        .replace(/^\/+|\/+$/g, '')
        .split('/');
    return segments.map((segment) => {
        const title = storedFolderTitle(segment);
        if (title === '' || title === '.' || title === '..' || segment.includes('\\')) {
            throw new InputError('folder', `must be folder names separated by "/", such as docs/specs; "${segment}" is not one`);
        }
        return title;
    });
}
function inWorkspace(path, workspace) {
    const target = (0,external_node_path_namespaceObject.resolve)(workspace, path);
    const inside = (0,external_node_path_namespaceObject.relative)(workspace, target);
    if (inside.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(inside)) {
        throw new InputError('path', `must be a folder inside the workspace (${workspace}); "${path}" is not`);
    }
    return target;
}
function lines(raw) {
    const list = raw
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    return list.length > 0 ? list : ['**'];
}

;// CONCATENATED MODULE: ./src/docspace/access.ts
/**
 * DocSpace's access levels in a room (`FileShare`, products/ASC.Files/Core/Core/Security/FileShare.cs:41-78) and
 * which of them a room type and a user type accept (FileSecurity.cs:157-265 `AvailableRoomAccesses` and
 * `AvailableUserAccesses`, identical in v3.6.0). DocSpace-server v3.7.2.
 */
const ACCESS_LEVELS = [
    { name: 'room-manager', docspaceName: 'RoomManager', value: 9 },
    { name: 'content-creator', docspaceName: 'ContentCreator', value: 11 },
    { name: 'editor', docspaceName: 'Editing', value: 10 },
    { name: 'reviewer', docspaceName: 'Review', value: 5 },
    { name: 'commenter', docspaceName: 'Comment', value: 6 },
    { name: 'form-filler', docspaceName: 'FillForms', value: 7 },
    { name: 'viewer', docspaceName: 'Read', value: 2 },
    { name: 'remove', docspaceName: 'None', value: 0 }
];
const ACCESS = {
    none: 0,
    roomManager: 9,
    contentCreator: 11
};
/** The kebab name of an access DocSpace lists; levels the action never sets keep DocSpace's name, kebab-cased. */
function accessName(value) {
    const level = ACCESS_LEVELS.find((a) => a.value === value && a.value !== ACCESS.none);
    if (level)
        return level.name;
    const others = {
        0: 'none',
        1: 'read-write',
        3: 'restrict',
        4: 'varies',
        8: 'custom-filter'
    };
    return others[value] ?? String(value);
}
/** `RoomType` values (RoomType.cs) with the accesses a user may be given in such a room (FileSecurity.cs:157-234). */
const USER_ACCESSES_BY_ROOM_TYPE = {
    5: [9, 11, 10, 5, 6, 2, 0], // Custom
    6: [9, 11, 0], // Public
    1: [9, 11, 7, 0], // Form filling
    2: [9, 11, 10, 2, 0], // Collaboration (EditingRoom)
    8: [9, 11, 10, 2, 7, 0], // Virtual data room
    9: [9, 11, 2, 0] // AI
};
/** Room types that have external links at all: custom, public, form filling (FileSecurity.cs:157-234, 110-135). */
const ROOM_TYPES_WITH_EXTERNAL_LINKS = [5, 6, 1];
/** The accesses a room of this type takes for a user, or undefined for a type this action does not know. */
function userAccessesFor(roomType) {
    return USER_ACCESSES_BY_ROOM_TYPE[roomType];
}
/**
 * RoomManager is only for DocSpace admins (the portal owner among them) and room admins; users and guests get the
 * rest (FileSecurity.cs:236-265, enforced at FileSharing.cs:263-270).
 */
function mayManageRooms(user) {
    return user.isOwner === true || user.isAdmin === true || user.isRoomAdmin === true;
}

;// CONCATENATED MODULE: ./src/inputs/members.ts




/** Where a member came from, for messages: `members line 2 ("@octocat: editor")`. */
function origin(member) {
    return `${member.input} ${member.where}`;
}
const PULL_REQUEST_ROLES = ['author', 'reviewers', 'assignees'];
/** DocSpace takes at most 255 characters of an e-mail (EmailInvitationDto.cs, `[MaxLength(255)]`). */
const MAX_EMAIL_LENGTH = 255;
/** One address, no display name: a local part and a dotted domain, nothing that could split or quote it. */
const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\.]+$/u;
/** GitHub's login rules: letters, digits, single inner hyphens, at most 39; `name[bot]` for apps. */
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}(\[bot\])?$/i;
function isEmail(text) {
    return text.length <= MAX_EMAIL_LENGTH && EMAIL.test(text);
}
/** Lines of a multi-line input with their numbers, blank ones and `#` comments left out. */
function members_lines(raw) {
    return raw
        .split(/\r\n|\r|\n/)
        .map((text, i) => ({ number: i + 1, text: text.trim() }))
        .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}
function lineLabel(line) {
    return `line ${line.number} ("${clipSafely(maskEmails(line.text), 81)}")`;
}
/** `login: email` a line; logins compared as GitHub does, ignoring case. */
function parseGithubUsers(raw) {
    const users = new Map();
    for (const line of members_lines(raw)) {
        const at = lineLabel(line);
        const match = /^@?([^:\s]+)\s*:\s*(.*)$/.exec(line.text);
        if (!match)
            throw new InputError('github-users', `${at} is not "login: email"`);
        const [, login, email] = match;
        if (!LOGIN.test(login))
            throw new InputError('github-users', `${at}: "${login}" is not a GitHub login`);
        if (!isEmail(email))
            throw new InputError('github-users', `${at}: "${email}" is not an e-mail address`);
        const key = login.toLowerCase();
        const earlier = users.get(key);
        if (earlier && earlier.email.toLowerCase() !== email.toLowerCase()) {
            throw new InputError('github-users', `${at} gives @${login} another e-mail than line ${earlier.line}`);
        }
        users.set(key, { email, line: line.number });
    }
    return new Map([...users].map(([login, { email }]) => [login, email]));
}
/** An access level by the action's name, DocSpace's name or number, in any case. */
function findAccess(text) {
    const wanted = text.trim().toLowerCase();
    return ACCESS_LEVELS.find((a) => a.name === wanted || a.docspaceName.toLowerCase() === wanted || String(a.value) === wanted);
}
const ACCESS_CHOICES = `${ACCESS_LEVELS.map((a) => a.name).join(', ')} (or DocSpace's names ${ACCESS_LEVELS.map((a) => a.docspaceName).join(', ')} and numbers ${ACCESS_LEVELS.map((a) => a.value).join(', ')})`;
/** `<who>: <access>` a line: who is an e-mail or `@login` from github-users. The same person twice is refused. */
function parseMembers(raw, githubUsers) {
    const members = [];
    const seen = new Map();
    for (const line of members_lines(raw)) {
        const at = lineLabel(line);
        // Split at the one `:` by hand: `^([^:]+?)\s*:` tries every length of a line of spaces without a `:`.
        const colon = line.text.indexOf(':');
        const who = line.text.slice(0, colon).trimEnd();
        const accessText = line.text.slice(colon + 1).trimStart();
        if (colon <= 0 || accessText.includes(':')) {
            throw new InputError('members', `${at} is not "<e-mail or @login>: <access>"`);
        }
        const access = findAccess(accessText);
        if (!access)
            throw new InputError('members', `${at}: access "${accessText}" is not one of ${ACCESS_CHOICES}`);
        let email;
        if (who.startsWith('@')) {
            const login = who.slice(1);
            if (!LOGIN.test(login))
                throw new InputError('members', `${at}: "${who}" is not a GitHub login`);
            const found = githubUsers.get(login.toLowerCase());
            if (!found) {
                throw new InputError('members', `${at}: @${login} is not in github-users, so its e-mail is not known`);
            }
            email = found;
        }
        else {
            if (!isEmail(who))
                throw new InputError('members', `${at}: "${who}" is not an e-mail address or @login`);
            email = who;
        }
        const key = email.toLowerCase();
        const earlier = seen.get(key);
        if (earlier !== undefined) {
            throw new InputError('members', `${at} names ${maskEmails(email)} again, as line ${earlier} does; give each person one line`);
        }
        seen.set(key, line.number);
        members.push({ email, access, input: 'members', where: at });
    }
    return members;
}
function parsePullRequestRoles(raw) {
    const roles = raw
        .split(/[,\n]/)
        .map((r) => r.trim().toLowerCase())
        .filter((r) => r !== '');
    for (const role of roles) {
        if (!PULL_REQUEST_ROLES.includes(role)) {
            throw new InputError('pull-request-members', `must name any of ${PULL_REQUEST_ROLES.join(', ')}; got "${role}"`);
        }
    }
    return [...new Set(roles)];
}
function parsePullRequestAccess(raw) {
    const access = findAccess(raw);
    if (!access || access.value === 0) {
        throw new InputError('pull-request-access', `must be one of ${ACCESS_LEVELS.filter((a) => a.value !== 0)
            .map((a) => a.name)
            .join(', ')} (or DocSpace's names and numbers for them); got "${raw.trim()}"`);
    }
    return access;
}
/**
 * The pull request's people in `roles`, with their e-mails from github-users. A login missing there is a warning, a
 * team a notice; someone a line of `members` names already is left to that line.
 */
function pullRequestMembers(pullRequest, roles, access, githubUsers, named) {
    const members = [];
    const warnings = [];
    const notices = [];
    const taken = new Set(named.map((m) => m.email.toLowerCase()));
    const people = [];
    if (roles.includes('author') && pullRequest.author)
        people.push({ role: 'author', login: pullRequest.author });
    if (roles.includes('reviewers')) {
        for (const login of pullRequest.reviewers)
            people.push({ role: 'reviewer', login });
        for (const team of pullRequest.teamReviewers) {
            notices.push(`Team ${team} is a requested reviewer of the pull request; teams are not invited to the room (name their people in members)`);
        }
    }
    if (roles.includes('assignees'))
        for (const login of pullRequest.assignees)
            people.push({ role: 'assignee', login });
    const missing = new Set();
    for (const { role, login } of people) {
        const email = githubUsers.get(login.toLowerCase());
        if (!email) {
            if (!missing.has(login.toLowerCase())) {
                missing.add(login.toLowerCase());
                warnings.push(`@${login} (the pull request's ${role}) is not in github-users, so was not invited to the room; add a line "${login}: <e-mail>" to github-users`);
            }
            continue;
        }
        if (taken.has(email.toLowerCase()))
            continue;
        taken.add(email.toLowerCase());
        members.push({ email, access, input: 'pull-request-members', where: `(${role} @${login})` });
    }
    return { members, warnings, notices };
}
/**
 * What can be told from the inputs alone: on create, whether the new room's type takes each access and has an
 * external link. A reused or restored room of another type is checked again once it is read.
 */
function checkForRoomType(sharing, roomType) {
    if (sharing.externalLink && !ROOM_TYPES_WITH_EXTERNAL_LINKS.includes(roomType.value)) {
        throw new InputError('external-link', externalLinkProblem(`a ${roomType.name} room has`));
    }
    for (const member of sharing.members) {
        const problem = accessProblem(member.access, roomType.value, `a ${roomType.name} room`);
        if (!problem)
            continue;
        if (member.input === 'members')
            throw new InputError('members', `${member.where}: ${problem}`);
        throw new InputError('pull-request-access', `is ${member.access.name}, but ${problem}`);
    }
}
/** `subject` says which room: "a collaboration room has", "room 12 is a collaboration room, which has". */
function externalLinkProblem(subject) {
    return `is true, but ${subject} no external link in DocSpace (only custom, public and form-filling rooms have one)`;
}
/**
 * Why a room of this type cannot take the access, or undefined when it can. `subject` names the room the way the
 * message needs: "a public room", "room 12 is a public room, which".
 */
function accessProblem(access, roomType, subject) {
    const accepted = userAccessesFor(roomType);
    if (!accepted)
        return `${subject} is of a type this action does not know how to share`;
    if (accepted.includes(access.value))
        return undefined;
    const names = accepted
        .filter((v) => v !== 0)
        .map((v) => ACCESS_LEVELS.find((a) => a.value === v).name)
        .join(', ');
    return `${subject} does not take ${access.name} (DocSpace gives its members ${names} or remove)`;
}

;// CONCATENATED MODULE: ./src/inputs/catalogue.ts
// The catalogue of inputs: which operations exist and what each reads. action.yml, the sub-actions' action.yml files
// and the "ignored input" warnings are all checked against these tables.

const OPERATIONS = [
    'create',
    'get',
    'rename',
    'update',
    'archive',
    'unarchive',
    'delete',
    'list',
    'archive-stale',
    'share',
    'members',
    'upload',
    'download',
    'pull-request'
];
/** Inputs every operation reads. */
const COMMON_INPUTS = [
    'portal-url',
    'api-key',
    'operation',
    'concurrency',
    'timeout-seconds',
    'request-timeout-seconds',
    'max-retries'
];
/**
 * The inputs each operation reads besides the common ones: the one list of it. The README's "Inputs by
 * operation" table is checked against it, and an input given to an operation that does not read it is a warning.
 */
/** What a single-room operation reads to keep the pull request's comment about the room. */
const COMMENT_INPUTS = ['pull-request-comment', 'github-token'];
/** The inputs that say who gets into a room, read by create and share. */
const SHARING_INPUTS = [
    'members',
    'github-users',
    'pull-request-members',
    'pull-request-access',
    'notify',
    'invite-message',
    'external-link'
];
/** The documents a step puts into its room: read by upload, and by create after the room is made. */
const UPLOAD_INPUTS = ['path', 'folder', 'include-hidden-files', 'if-no-files-found'];
const OPERATION_INPUTS = {
    create: [
        'title',
        'description',
        'room-type',
        'tags',
        'if-exists',
        ...SETTINGS_INPUTS,
        ...SHARING_INPUTS,
        ...UPLOAD_INPUTS,
        ...COMMENT_INPUTS
    ],
    get: ['room-id', 'title', 'tags', 'if-missing', ...COMMENT_INPUTS],
    rename: ['room-id', 'title', 'tags', 'if-missing', ...COMMENT_INPUTS],
    update: [
        'room-id',
        'title',
        'tags',
        'if-missing',
        ...SETTINGS_INPUTS,
        'add-tags',
        'remove-tags',
        'pinned',
        ...COMMENT_INPUTS
    ],
    archive: ['room-id', 'title', 'tags', 'wait', 'if-missing', ...COMMENT_INPUTS],
    unarchive: ['room-id', 'title', 'tags', 'wait', 'if-missing', ...COMMENT_INPUTS],
    delete: ['room-id', 'title', 'tags', 'wait', 'if-missing', ...COMMENT_INPUTS],
    list: ['search', 'tags', 'room-type', 'area'],
    'archive-stale': [
        'search',
        'tags',
        'room-type',
        'area',
        'stale-days',
        'dry-run',
        'max-rooms',
        'wait',
        'exclude-tags',
        'skip-open-pull-requests',
        'github-token'
    ],
    share: ['room-id', 'title', 'tags', 'if-missing', ...SHARING_INPUTS, ...COMMENT_INPUTS],
    members: ['room-id', 'title', 'tags', 'if-missing', ...COMMENT_INPUTS],
    upload: ['room-id', 'title', 'tags', 'if-missing', ...UPLOAD_INPUTS, 'delete-missing', 'dry-run', ...COMMENT_INPUTS],
    download: ['room-id', 'title', 'tags', 'if-missing', 'path', 'folder', 'pattern', ...COMMENT_INPUTS],
    // create's inputs for an open pull request, archive's for a closed one: one workflow, both read silently.
    'pull-request': [
        'title',
        'description',
        'room-type',
        'tags',
        'if-exists',
        'label',
        'wait',
        ...SETTINGS_INPUTS,
        ...SHARING_INPUTS,
        ...UPLOAD_INPUTS,
        ...COMMENT_INPUTS
    ]
};
/**
 * Optional inputs without a default in action.yml. The runner passes a declared default whether or not the
 * workflow gave the input, so only these can be told apart as given by the workflow.
 */
const INPUTS_WITHOUT_DEFAULT = [
    'room-id',
    'label',
    'path',
    'folder',
    'pattern',
    'title',
    'description',
    'room-type',
    'tags',
    'search',
    'stale-days',
    ...SETTINGS_INPUTS,
    'add-tags',
    'remove-tags',
    'pinned',
    'exclude-tags',
    'members',
    'github-users',
    'pull-request-members',
    'invite-message'
];
function readsInput(operation, input) {
    return (COMMON_INPUTS.includes(input) ||
        OPERATION_INPUTS[operation].includes(input));
}
/** Inputs the workflow gave that the operation does not read. Only names: a value may be a secret. */
function ignoredInputs(operation, read) {
    return INPUTS_WITHOUT_DEFAULT.filter((input) => !readsInput(operation, input) && read(input).trim() !== '');
}
function ignoredInputWarning(operation, input) {
    const readers = OPERATIONS.filter((op) => readsInput(op, input));
    const list = readers.length > 1 ? `${readers.slice(0, -1).join(', ')} and ${readers.at(-1)}` : readers.join('');
    return `Input "${input}" is ignored: operation "${operation}" does not read it (${list} do${readers.length > 1 ? '' : 'es'})`;
}

;// CONCATENATED MODULE: ./src/inputs/values.ts
// Parsers for single input values: each names its input in the error it throws.




function values_optional(raw, parse) {
    return raw.trim() === '' ? undefined : parse(raw);
}
function parseApiKey(raw) {
    // A pasted "Bearer sk-…" or a trailing newline from a secrets file are common; the key itself never has them.
    const key = raw
        .trim()
        .replace(/^bearer\s+/i, '')
        .trim();
    registerSecret(key);
    if (!key)
        throw new InputError('api-key', 'is required: pass a DocSpace API key from a secret, e.g. api-key: ${{ secrets.DOCSPACE_API_KEY }}');
    if (/\s/.test(key))
        throw new InputError('api-key', 'contains white space; store the key alone in the secret');
    if (key.length < MIN_SECRET_LENGTH) {
        throw new InputError('api-key', `is ${key.length} character${key.length === 1 ? '' : 's'} long, too short to be a DocSpace API key (those are 67: sk- and 64 hexadecimal digits); pass the whole key`);
    }
    return key;
}
function parseOperation(raw) {
    const value = raw.trim().toLowerCase();
    if (!value)
        throw new InputError('operation', `is required: one of ${OPERATIONS.join(', ')}`);
    if (!OPERATIONS.includes(value)) {
        throw new InputError('operation', `must be one of ${OPERATIONS.join(', ')}; got "${raw.trim()}"`);
    }
    return value;
}
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
function parsePortalUrl(raw) {
    const value = raw.trim();
    if (!value)
        throw new InputError('portal-url', 'is required: the portal address, e.g. https://example.onlyoffice.com');
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new InputError('portal-url', `must be an http(s) URL such as https://example.onlyoffice.com; got "${value}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError('portal-url', `must start with https://; got "${url.protocol}"`);
    }
    if (url.protocol === 'http:' && !LOOPBACK_HOSTS.test(url.hostname)) {
        throw new InputError('portal-url', 'must use https://: over http:// the API key would travel in clear text (http:// is allowed only for localhost)');
    }
    if (url.username || url.password) {
        throw new InputError('portal-url', 'must not contain a user name or password; pass the API key in api-key');
    }
    if (url.search || url.hash) {
        throw new InputError('portal-url', 'must be the portal base URL without a query or fragment');
    }
    const path = url.pathname.replace(/\/+$/, '');
    if (/\/api\/2\.0(\/|$)/.test(path)) {
        throw new InputError('portal-url', `must be the portal base URL, without the API path; use "${url.origin}${path.replace(/\/api\/2\.0.*$/, '')}"`);
    }
    return `${url.origin}${path}`;
}
function parseRoomId(raw) {
    const value = raw.trim();
    if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
        throw new InputError('room-id', `must be a positive whole number (the room's ID in DocSpace); got "${value}"`);
    }
    return Number(value);
}
function parseTitle(raw) {
    const title = raw.trim();
    if (!title)
        throw new InputError('title', 'must not be blank');
    if (title.length > MAX_TITLE_LENGTH) {
        throw new InputError('title', `is ${title.length} characters long; DocSpace allows at most ${MAX_TITLE_LENGTH}`);
    }
    return title;
}
function parseRoomType(raw) {
    const value = raw.trim();
    const wanted = value.toLowerCase();
    const found = ROOM_TYPES.find((t) => t.name === wanted || t.docspaceName.toLowerCase() === wanted || String(t.value) === value);
    if (!found) {
        const names = ROOM_TYPES.map((t) => t.name).join(', ');
        throw new InputError('room-type', `must be one of ${names} (or DocSpace's names and numbers for them); got "${value}"`);
    }
    return found;
}
function parseTags(raw) {
    const tags = raw
        .split(/[,\n]/)
        .map((t) => t.trim())
        .filter((t) => t !== '');
    return [...new Set(tags)];
}
/** DocSpace keeps a tag's name in 255 characters (DbFilesTag.cs:40, `[MaxLength(255)]`); a longer one fails
 * the request that makes the tag, after what came before it in the step was written. */
const MAX_TAG_LENGTH = 255;
function checkTagLengths(name, tags) {
    const long = tags.find((t) => t.length > MAX_TAG_LENGTH);
    if (long !== undefined) {
        throw new InputError(name, `has a tag of ${long.length} characters ("${clipSafely(long, 41)}"); DocSpace takes tags of at most ${MAX_TAG_LENGTH}`);
    }
    return tags;
}
function values_parseBoolean(name, raw) {
    // The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
    if (['true', 'True', 'TRUE'].includes(raw.trim()))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw.trim()))
        return false;
    throw new InputError(name, `must be true or false; got "${raw.trim()}"`);
}
function parseChoice(name, raw, choices) {
    const value = raw.trim().toLowerCase();
    if (!choices.includes(value)) {
        throw new InputError(name, `must be one of ${choices.join(', ')}; got "${raw.trim()}"`);
    }
    return value;
}
function parsePositiveNumber(name, raw) {
    const value = raw.trim();
    if (!/^\d+(\.\d+)?$/.test(value) || !(Number(value) > 0)) {
        throw new InputError(name, `must be a number greater than 0; got "${value}"`);
    }
    return Number(value);
}
/** Seconds as whole milliseconds, the resolution of Node's timers: below one, a bound would round to 0 ms, time out
 * every request before it is sent, and be reported against timeout-seconds. */
function parseSeconds(name, raw, max) {
    const value = raw.trim();
    const seconds = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || !(seconds >= 0.001) || seconds > max) {
        throw new InputError(name, `must be a number of seconds from 0.001 (one millisecond) to ${max}; got "${value}"`);
    }
    return Math.round(seconds * 1000);
}
function parseWholeNumber(name, raw, min, max) {
    const value = raw.trim();
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new InputError(name, `must be a whole number from ${min} to ${max}; got "${value}"`);
    }
    return Number(value);
}

;// CONCATENATED MODULE: ./src/inputs/read.ts








/** GitHub ends a job after six hours; a longer bound would never be reached. */
const MAX_TIMEOUT_SECONDS = 6 * 60 * 60;
/** DocSpace Cloud allows 15 concurrent writes per user; more would only earn 429s. */
const MAX_CONCURRENCY = 15;
function readInputs(read = (name) => getInput(name), pullRequest) {
    // Masked before anything else happens, so no later log line, error or annotation can show it (a value too short
    // to be a key is refused below instead; see MIN_SECRET_LENGTH).
    const rawKey = read('api-key');
    registerSecret(rawKey);
    const rawToken = read('github-token');
    registerSecret(rawToken);
    const operation = parseOperation(read('operation'));
    // An open pull request's step makes or reuses its room as create does.
    const creates = operation === 'create' || operation === 'pull-request';
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    const label = read('label').trim();
    if (operation === 'pull-request' && !pullRequest) {
        throw new InputError('operation', `"pull-request" runs on pull_request and pull_request_target events; this run is a${/^[aeiou]/i.test(eventName) ? 'n' : ''} "${eventName || 'unknown'}" event`);
    }
    // GitHub passes no secrets to a pull_request run from a fork: such a run ends quietly instead of red.
    const forkWithoutKey = rawKey.trim() === '' && eventName === 'pull_request' && pullRequest?.fromFork === true;
    // Every other operation acts for real, and delete cannot be undone: refused before anything is sent.
    const dryRun = values_parseBoolean('dry-run', read('dry-run') || 'false');
    if (dryRun && !readsInput(operation, 'dry-run')) {
        throw new InputError('dry-run', `is only for archive-stale and upload: operation "${operation}" has no dry run and would act for real, so nothing was sent`);
    }
    const portalUrl = forkWithoutKey && read('portal-url').trim() === '' ? 'https://portal.invalid' : parsePortalUrl(read('portal-url'));
    const apiKey = forkWithoutKey ? '' : parseApiKey(rawKey);
    const roomId = values_optional(read('room-id'), parseRoomId);
    const titleInput = values_optional(read('title'), parseTitle);
    const tags = parseTags(read('tags'));
    if (creates)
        checkTagLengths('tags', tags);
    const roomTypeInput = values_optional(read('room-type'), parseRoomType);
    let target;
    let title = titleInput;
    // rename and update take title as the new title, so it cannot also find the room.
    const titleIsNew = operation === 'rename' || operation === 'update';
    if (readsInput(operation, 'room-id')) {
        target = selectRoom(operation, roomId, titleIsNew ? undefined : titleInput, tags, pullRequest);
    }
    let existing;
    if (creates) {
        title ??= pullRequest?.roomTitle;
        // On a pull-request event the tag is the room's identity: the pull request's title may have changed.
        if (pullRequest)
            existing = titleInput
                ? { by: 'title', title: titleInput, tags: [pullRequest.tag] }
                : { by: 'pull-request', pullRequest };
        else if (title !== undefined)
            existing = { by: 'title', title, tags: [] };
    }
    if ((creates || operation === 'rename') && title === undefined) {
        throw new InputError('title', `is required for operation "${operation}"`);
    }
    const settings = readsInput(operation, 'quota')
        ? readSettings(read, values_parseBoolean, process.env.GITHUB_WORKSPACE || process.cwd())
        : {};
    // DocSpace's own interface offers indexing for virtual-data rooms only.
    if (creates && settings.indexing !== undefined && (roomTypeInput?.name ?? 'custom') !== 'virtual-data') {
        throw new InputError('indexing', `is only for virtual-data rooms; room-type is ${roomTypeInput?.name ?? 'custom (the default)'}, which has no indexing`);
    }
    const addTags = operation === 'update' ? checkTagLengths('add-tags', parseTags(read('add-tags'))) : [];
    const removeTags = operation === 'update' ? parseTags(read('remove-tags')) : [];
    const both = addTags.filter((t) => removeTags.includes(t));
    if (both.length)
        throw new InputError('remove-tags', `names ${both.join(', ')}, which add-tags adds too`);
    const identity = removeTags.find((t) => /^pr:[^#]+#\d+$/.test(t));
    if (identity) {
        throw new InputError('remove-tags', `names ${identity}, the tag that identifies a pull request's room; it is never removed, so the room stays found`);
    }
    const pinned = operation === 'update' ? values_optional(read('pinned'), (v) => values_parseBoolean('pinned', v)) : undefined;
    if (operation === 'update' &&
        titleInput === undefined &&
        Object.keys(settings).length === 0 &&
        addTags.length === 0 &&
        removeTags.length === 0 &&
        pinned === undefined) {
        throw new InputError('operation', 'update needs something to change: title, quota, file-lifetime, deny-download, indexing, color, logo, add-tags, remove-tags or pinned');
    }
    const area = parseChoice('area', read('area') || 'active', ['active', 'archived', 'any']);
    if (operation === 'archive-stale' && area !== 'active') {
        throw new InputError('area', 'must be "active" for archive-stale, which archives active rooms');
    }
    const staleDays = values_optional(read('stale-days'), (v) => parsePositiveNumber('stale-days', v));
    if (operation === 'archive-stale' && staleDays === undefined) {
        throw new InputError('stale-days', 'is required for operation "archive-stale": rooms not updated for this many days are archived');
    }
    const roomType = roomTypeInput ?? parseRoomType('custom');
    const github = parseGitHubInputs(read, operation, rawToken, pullRequest);
    const warnings = [
        ...ignoredInputs(operation, read).map((input) => ignoredInputWarning(operation, input)),
        ...github.warnings
    ];
    const notices = [];
    const sharing = readSharing(operation, read, pullRequest, warnings, notices);
    if (creates)
        checkForRoomType(sharing, roomType);
    return {
        operation,
        portalUrl,
        apiKey,
        target,
        ifMissing: parseChoice('if-missing', read('if-missing') || 'fail', ['fail', 'skip']),
        title,
        settings,
        addTags,
        removeTags,
        pinned,
        excludeTags: operation === 'archive-stale' ? parseTags(read('exclude-tags')) : [],
        description: read('description') || (creates ? pullRequest?.description : undefined),
        descriptionGiven: read('description') !== '',
        label: (operation === 'pull-request' && label) || undefined,
        forkWithoutKey,
        roomType,
        tags: creates && pullRequest ? [...new Set([...tags, pullRequest.tag])] : tags,
        ifExists: parseChoice('if-exists', read('if-exists') || 'reuse', ['reuse', 'create', 'fail']),
        existing,
        pullRequest,
        filters: { search: read('search') || undefined, tags, roomType: roomTypeInput, area },
        staleDays,
        dryRun,
        maxRooms: parseWholeNumber('max-rooms', read('max-rooms') || '50', 1, 10_000),
        concurrency: parseWholeNumber('concurrency', read('concurrency') || '8', 1, MAX_CONCURRENCY),
        wait: values_parseBoolean('wait', read('wait') || 'true'),
        timeoutMs: parseSeconds('timeout-seconds', read('timeout-seconds') || '300', MAX_TIMEOUT_SECONDS),
        requestTimeoutMs: parseSeconds('request-timeout-seconds', read('request-timeout-seconds') || '30', MAX_TIMEOUT_SECONDS),
        maxRetries: parseWholeNumber('max-retries', read('max-retries') || '4', 0, 10),
        ...github.config,
        sharing,
        documents: readDocuments(operation, read, values_parseBoolean, process.env.GITHUB_WORKSPACE || process.cwd()),
        warnings,
        notices
    };
}
/** The operation the workflow asked for, when it named a valid one: a failed step's summary is headed with it
 * even when another input was refused. */
function requestedOperation(read = (name) => getInput(name)) {
    const value = read('operation').trim().toLowerCase();
    return OPERATIONS.includes(value) ? value : undefined;
}
/** github-token, pull-request-comment and skip-open-pull-requests: what asks GitHub's API for something. */
function parseGitHubInputs(read, operation, rawToken, pullRequest) {
    const warnings = [];
    const comment = values_parseBoolean('pull-request-comment', read('pull-request-comment') || 'false');
    const skipOpen = values_parseBoolean('skip-open-pull-requests', read('skip-open-pull-requests') || 'false');
    if (comment && !readsInput(operation, 'pull-request-comment')) {
        warnings.push(ignoredInputWarning(operation, 'pull-request-comment'));
    }
    else if (comment && !pullRequest) {
        warnings.push('Input "pull-request-comment" is ignored: this run is not for a pull_request or pull_request_target event');
    }
    if (skipOpen && !readsInput(operation, 'skip-open-pull-requests')) {
        warnings.push(ignoredInputWarning(operation, 'skip-open-pull-requests'));
    }
    const pullRequestComment = comment && pullRequest !== undefined && readsInput(operation, 'pull-request-comment');
    const skipOpenPullRequests = skipOpen && readsInput(operation, 'skip-open-pull-requests');
    // A token is never shown, not even in part: the message says only what is wrong with it.
    const token = rawToken.trim();
    const needs = pullRequestComment ? 'pull-request-comment' : skipOpenPullRequests ? 'skip-open-pull-requests' : '';
    if (needs && !token) {
        throw new InputError('github-token', `is empty, and ${needs} asks GitHub's API: leave github-token out to use the job's token (\${{ github.token }}), with ${needs === 'pull-request-comment' ? '`permissions: pull-requests: write`' : '`permissions: pull-requests: read`'}`);
    }
    if (needs && /\s/.test(token))
        throw new InputError('github-token', 'contains white space; pass the token alone');
    return { config: { githubToken: token, pullRequestComment, skipOpenPullRequests }, warnings };
}
/** members, github-users and the pull request's people, for create and share; the defaults for the others. */
function readSharing(operation, read, pullRequest, warnings, notices) {
    const notify = values_parseBoolean('notify', read('notify') || 'true');
    const externalLink = values_parseBoolean('external-link', read('external-link') || 'false');
    const pullRequestAccess = parsePullRequestAccess(read('pull-request-access') || 'editor');
    if (!readsInput(operation, 'members')) {
        if (externalLink)
            warnings.push(ignoredInputWarning(operation, 'external-link'));
        return { members: [], notify, externalLink: false, pullRequestAccess };
    }
    const githubUsers = parseGithubUsers(read('github-users'));
    const members = parseMembers(read('members'), githubUsers);
    const roles = parsePullRequestRoles(read('pull-request-members'));
    if (roles.length > 0 && pullRequest) {
        const people = pullRequestMembers(pullRequest, roles, pullRequestAccess, githubUsers, members);
        members.push(...people.members);
        warnings.push(...people.warnings);
        notices.push(...people.notices);
    }
    else if (roles.length > 0) {
        warnings.push('Input "pull-request-members" is ignored: this run is not for a pull_request or pull_request_target event');
    }
    if (operation === 'share' && members.length === 0 && roles.length === 0 && !externalLink) {
        throw new InputError('members', 'is required for operation "share" (or pull-request-members on a pull-request event, or external-link: true)');
    }
    return { members, notify, inviteMessage: read('invite-message') || undefined, externalLink, pullRequestAccess };
}
/** room-id wins; then an exact title (not for rename, whose title is the new name), then tags, then the
 * pull request of the event. Outside a pull-request event nothing is guessed. */
function selectRoom(operation, roomId, title, tags, pullRequest) {
    if (roomId !== undefined)
        return { by: 'id', id: roomId };
    if (title !== undefined)
        return { by: 'title', title, tags };
    if (tags.length > 0)
        return { by: 'tags', tags };
    if (pullRequest)
        return { by: 'pull-request', pullRequest };
    const alternatives = operation === 'rename' ? 'tags' : 'title or tags';
    throw new InputError('room-id', `is required for operation "${operation}" (or give ${alternatives} to find the room by, or run on a pull_request event)`);
}

;// CONCATENATED MODULE: ./src/docspace/plain-text.ts
/**
 * DocSpace's text-file endpoint (`POST files/{folderId}/text`) guesses the file's type from its content: text that
 * matches `<([^\s>]*)(\s[^<]*)>` is saved as `.html`, and the extension is appended to a title that does not end in it
 * (FilesControllerHelper.cs:156-166 in DocSpace-server v3.7.2). So a description such as "Refactor Record<string,
 * Room> use" became `README.txt.html`, shown as a web page with the `<…>` gone, and every later run, finding no
 * README.txt, wrote it again. This module changes such text as little as a reader can see, so that DocSpace keeps it
 * as the `.txt` it is.
 *
 * The pattern matches when, after a `<` and the characters up to the next white space (none of them `>`), white
 * space is followed by a `>` before any further `<`. Each such white space is replaced by U+2800 BRAILLE PATTERN
 * BLANK: a blank as wide as a letter that Unicode counts as a symbol, not as white space, so it reads as the space it
 * replaces. Neither a no-break space nor any other Unicode space would do: .NET's `\s` is `[\f\n\r\t\v\x85\p{Z}]`,
 * every space separator included, and a zero-width character in its place would run the words together. A line
 * break cannot be swapped for a blank without joining two lines, so when one is in the way the closing `>` becomes
 * `›` (U+203A) instead, the nearest look-alike that is neither bracket.
 */
/** The characters .NET's `\s` matches. */
const DOTNET_SPACE = /[\f\n\r\t\v\u0085\p{Z}]/u;
const plain_text_LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;
const BLANK = '\u2800';
const NOT_A_BRACKET = '\u203a';
/** `text` as DocSpace's text endpoint keeps it as `.txt`: looking the same, without what it takes for markup. */
function asPlainText(text) {
    const out = text.split('');
    /** Whether the characters since the last white space or `>` include a `<`. */
    let afterOpening = false;
    /** The white space since the first one that follows such a run, while no `<` has come: what a `>` would close. */
    let open;
    for (let i = 0; i < out.length; i++) {
        const c = out[i];
        if (c === '<') {
            open = undefined;
            afterOpening = true;
        }
        else if (c === '>') {
            if (open?.some((at) => plain_text_LINE_BREAK.test(out[at])))
                out[i] = NOT_A_BRACKET;
            else if (open) {
                for (const at of open)
                    out[at] = BLANK;
                open = undefined;
            }
            afterOpening = false;
        }
        else if (DOTNET_SPACE.test(c)) {
            if (open)
                open.push(i);
            else if (afterOpening)
                open = [i];
            afterOpening = false;
        }
    }
    return out.join('');
}

;// CONCATENATED MODULE: ./src/docspace/rooms.ts




/** Room endpoints in DocSpace's own vocabulary; one function per call. */
const ROOMS = 'api/2.0/files/rooms';
/** Not retried blindly: DocSpace allows duplicate titles, so a second POST could make a second room. */
function createRoom(client, room) {
    const body = { title: room.title, roomType: room.roomType };
    if (room.tags?.length)
        body.tags = room.tags;
    Object.assign(body, room.settings);
    return client.call({ method: 'POST', path: ROOMS, body, retry: 'if-not-applied' }, SettledRoomAnswer);
}
/** The room with this id. DocSpace answers for any folder the key's user can read (VirtualRoomsController.cs:324-333),
 * so a folder without a `roomType` is refused here rather than treated as a room. */
async function getRoom(client, id) {
    const room = await client.call({ method: 'GET', path: `${ROOMS}/${segment(id)}`, retry: 'always' }, RoomAnswer);
    if (room.roomType === undefined) {
        throw new DocSpaceError({
            request: `GET /${ROOMS}/${segment(id)}`,
            malformed: `with a folder that is not a room ("${room.title}" has no roomType)`,
            likelyCause: `${id} is the ID of a folder inside a room or of a system folder, not of a room; use the room's own ID`
        });
    }
    return room;
}
/** The room, or undefined once DocSpace answers 404 for it. */
async function findRoom(client, id) {
    try {
        return await getRoom(client, id);
    }
    catch (error) {
        if (error instanceof DocSpaceError && error.status === 404)
            return undefined;
        throw error;
    }
}
function renameRoom(client, id, title) {
    return client.call({ method: 'PUT', path: `${ROOMS}/${segment(id)}`, body: { title }, retry: 'always' }, RoomAnswer);
}
// `deleteAfter: false` keeps the finished operation listed so it can be polled; DELETE refuses a missing body.
const KEEP_RESULT = { deleteAfter: false };
function startArchive(client, id) {
    return client.call({ method: 'PUT', path: `${ROOMS}/${segment(id)}/archive`, body: KEEP_RESULT, retry: 'always' }, OperationAnswer);
}
function startUnarchive(client, id) {
    return client.call({ method: 'PUT', path: `${ROOMS}/${segment(id)}/unarchive`, body: KEEP_RESULT, retry: 'always' }, OperationAnswer);
}
function startDelete(client, id) {
    return client.call({ method: 'DELETE', path: `${ROOMS}/${segment(id)}`, body: KEEP_RESULT, retry: 'always' }, OperationAnswer);
}
/**
 * Writes a text file into a room (a room is a folder). Used to keep a description DocSpace has no field for. A `.txt`
 * file's content goes as asPlainText makes it, so that DocSpace keeps the title given rather than adding `.html`.
 * Safe to repeat because `createNewIfExist` is true, which, despite its name, makes DocSpace save a new version
 * of a same-titled file: the flag is negated twice on its way (FilesController.cs:280 passes
 * `!CreateNewIfExist`, FileUploader.cs:63 negates it again into `updateIfExists`, :100-113), while `false`
 * makes a second file, "README (1).txt" (:115-118).
 */
async function createTextFile(client, folderId, title, content) {
    await client.call({
        method: 'POST',
        path: `api/2.0/files/${segment(folderId)}/text`,
        body: { title, content: /\.txt$/i.test(title) ? asPlainText(content) : content, createNewIfExist: true },
        retry: 'always'
    }, FileAnswer);
}
/** Whether a file of this title lies directly in the folder (a room is a folder). DocSpace's `filterValue` is a
 * substring search over the folder and its subfolders, so the match is narrowed here: to files of the folder
 * itself, and to titles the server would take for this one when writing it (FileUploader.cs:100 looks the
 * title up in the database, whose collation ignores case). */
async function hasFile(client, folderId, title) {
    const content = await client.call({
        method: 'GET',
        path: `api/2.0/files/${segment(folderId)}`,
        query: { filterValue: title, count: rooms_PAGE_SIZE },
        retry: 'always'
    }, FolderContentAnswer);
    const wanted = title.toLowerCase();
    return content.files.some((f) => f.title.toLowerCase() === wanted && (f.folderId === undefined || String(f.folderId) === String(folderId)));
}
/** `FileOperationType` numbers; the names `move` and `checkdestfolder` are other endpoints (OperationController.cs:278, 324). */
const OPERATION_TYPE = { delete: 2 };
/**
 * Room of the progress listing for each operation a run waits for. A finished archive or unarchive is listed with its
 * room whole (FileOperationDto.folders, FileOperationDtoHelper.cs:124-161): 2 KB, 4.5 KB with long titles and tags.
 */
const OPERATION_BYTES = 8 * 1024;
/**
 * The key's file operations, or those of one id or type. A finished operation is listed once and then dropped
 * (FileOperationsManager.cs:61-100), so a filter leaves other operations to whoever follows them. `waitingFor`
 * operations make the answer that much longer.
 */
function listOperations(client, filter = {}) {
    const path = `api/2.0/files/fileops${filter.type ? `/${OPERATION_TYPE[filter.type]}` : ''}`;
    return client.call({
        method: 'GET',
        path,
        query: { id: filter.id },
        retry: 'always',
        maxBytes: MAX_ANSWER_BYTES + (filter.waitingFor ?? 1) * OPERATION_BYTES
    }, OperationListAnswer);
}
/** DocSpace's page size limit (`count` is validated to 1..100). */
const rooms_PAGE_SIZE = 100;
/**
 * `fields=` as DocSpace applies it (DynamicIgnoreResolver.cs:76-106): inside `response`, a plain name keeps a
 * property of the folder content and a dotted one a property of each room, so the rooms' fields are asked for
 * as `folders.<name>`, and `total` beside them. Leaves only: selecting a whole room would also select its
 * `createdBy`, which the projector expands without end (EmployeeDto.cs:109-121).
 */
const LISTING_FIELDS = [...LISTED_ROOM_FIELDS.map((name) => `folders.${name}`), 'total'].join(',');
/**
 * Pages of rooms one run reads at most. Full pages run into MAX_LISTING_BYTES first (after about 900); this bounds
 * the requests a portal that gives a few rooms a page can draw, whatever `total` it claims.
 */
const MAX_PAGES_PER_RUN = 1000;
/**
 * Bytes of room pages one run reads at most, because the rooms a run lists are kept until it ends: 16 MiB hold about
 * 90,000 rooms as the action asks for them (100 take 18 KB), and keep a run under 300 MB whatever the rooms hold
 * (scripts/limits.ts).
 */
const MAX_LISTING_BYTES = 16 * 1024 * 1024;
/** Pages and bytes of rooms read so far by each client; a client lives for one run. */
const runs = new WeakMap();
function listingRun(client) {
    let run = runs.get(client);
    if (!run) {
        run = {
            pages: 0,
            budget: {
                limit: MAX_LISTING_BYTES,
                used: 0,
                what: "rooms in this run's listings",
                likelyCause: 'the portal keeps giving rooms, or the rooms that match are more than one run holds; narrow the listing with search, tags or room-type'
            }
        };
        runs.set(client, run);
    }
    return run;
}
/**
 * Every room matching the filter, 100 a page, with up to `concurrency` pages in flight (DocSpace Cloud allows 50
 * concurrent reads per user). `total` only says where to stop at the latest: reading also stops at the first page that
 * comes back short, empty or with no room not seen before, so a portal's claim cannot drive the requests sent.
 */
async function listRooms(client, filter = {}, concurrency = 1) {
    const query = {
        searchArea: filter.area,
        filterValue: filter.filterValue,
        tags: filter.tags?.length ? JSON.stringify(filter.tags) : undefined,
        type: filter.types,
        fields: LISTING_FIELDS,
        count: rooms_PAGE_SIZE
    };
    const seen = new Set();
    let claimed = 0;
    const run = listingRun(client);
    const read = async (startIndex) => {
        const label = `GET /${ROOMS}`;
        if (run.pages >= MAX_PAGES_PER_RUN) {
            throw new DocSpaceError({
                request: label,
                malformed: `with more rooms than ${MAX_PAGES_PER_RUN.toLocaleString('en-US')} pages hold, the most one run reads (${seen.size} rooms read; ${claimed} claimed in all)`,
                likelyCause: 'the portal keeps giving rooms, a few a page, or more rooms match than one run reads; narrow the listing with search, tags or room-type. No further page was asked for'
            });
        }
        run.pages++;
        const page = await client.call({ method: 'GET', path: ROOMS, query: { ...query, startIndex }, retry: 'always', budget: run.budget }, RoomPageAnswer);
        if (page.folders.length > rooms_PAGE_SIZE) {
            throw new DocSpaceError({
                request: label,
                malformed: `with ${page.folders.length} rooms on a page, where at most ${rooms_PAGE_SIZE} (count) were asked for`,
                likelyCause: 'portal-url points at something other than a DocSpace portal this action supports (version 3.x); nothing that depends on this answer was done'
            });
        }
        return page;
    };
    /** Whether a page brought a room not seen before. */
    const news = (page) => {
        let fresh = false;
        for (const room of page.folders) {
            if (!seen.has(room.id))
                fresh = true;
            seen.add(room.id);
        }
        return fresh;
    };
    const first = await read(0);
    claimed = first.total;
    news(first);
    // Step by what the portal actually gave, in case it pages by less than was asked.
    const step = first.folders.length;
    const pages = new Map([[0, first]]);
    let next = step;
    let done = step === 0;
    const worker = async () => {
        while (!done && next < first.total) {
            const start = next;
            next += step;
            const page = await read(start);
            pages.set(start, page);
            if (!news(page) || page.folders.length < step)
                done = true;
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    // A room that moves while the pages are read can show up twice; keep the first sighting, in page order.
    const rooms = new Map();
    for (const start of [...pages.keys()].sort((a, b) => a - b)) {
        for (const room of pages.get(start).folders)
            if (!rooms.has(room.id))
                rooms.set(room.id, room);
    }
    return [...rooms.values()];
}

;// CONCATENATED MODULE: ./src/operations/room-words.ts


// One wording for a room in the log, whichever operation names it: `room 12 "Title" (https://…)` where a
// person may want to open it, `12 "Title" (active)` in a list of matches.
/** `room 12 "Title" (link)`. */
function roomRef(portalUrl, room) {
    return `room ${room.id} "${room.title}" (${roomUrl(portalUrl, room.id)})`;
}
/** `12 "Title" (active)`. */
function roomItem(room) {
    return `${room.id} "${room.title}" (${isArchived(room) ? 'archived' : 'active'})`;
}
/** `2 rooms matched: 12 "A" (active), 14 "B" (archived)`, at most ten of them named. */
function matchedRooms(rooms) {
    if (rooms.length === 0)
        return 'No room matched';
    const shown = rooms.slice(0, 10).map(roomItem).join(', ');
    const more = rooms.length > 10 ? ` and ${rooms.length - 10} more` : '';
    return `${rooms.length} room${rooms.length === 1 ? '' : 's'} matched: ${shown}${more}`;
}
/** `12 "A" (active), 14 "B" (archived)`, at most ten of them named. */
function roomList(rooms) {
    const shown = rooms.slice(0, 10).map(roomItem);
    return shown.join(', ') + (rooms.length > 10 ? ` and ${rooms.length - 10} more` : '');
}

;// CONCATENATED MODULE: ./src/operations/find-room.ts




const SEARCH_AREA = { active: 'Active', archived: 'Archive', any: 'Any' };
/** Rooms matching the list filters, by last update (`newest-first` or `oldest-first`; ties by id): DocSpace
 * filters on its side, and every filter is checked again here, so that a portal that ignores one (or a search index
 * that matches more loosely) cannot bring in a room the filters leave out, for archive-stale to archive. */
async function filteredRooms(ctx, filters, order) {
    const rooms = await listRooms(ctx.client, {
        area: SEARCH_AREA[filters.area],
        filterValue: filters.search,
        tags: filters.tags,
        types: filters.roomType ? [filters.roomType.value] : undefined
    }, ctx.config.concurrency);
    const sign = order === 'newest-first' ? -1 : 1;
    const matching = rooms.filter((r) => passesFilters(r, filters));
    const left = rooms.length - matching.length;
    if (left > 0) {
        ctx.log(`Left out ${left} room${left === 1 ? '' : 's'} that DocSpace listed but the filters do not match`);
    }
    return matching
        .map((room) => ({ room, updated: Date.parse(room.updated) }))
        .sort((a, b) => sign * (a.updated - b.updated) || String(a.room.id).localeCompare(String(b.room.id), 'en', { numeric: true }))
        .map(({ room }) => room);
}
/** DocSpace's search: the title, lower-cased, contains the trimmed, lower-cased text (AbstractDao.cs:112-123, 227). */
function passesFilters(room, filters) {
    const search = filters.search?.trim().toLowerCase();
    return (IN_AREA[filters.area](room) &&
        (!search || room.title.toLowerCase().includes(search)) &&
        hasAllTags(room, filters.tags) &&
        (filters.roomType === undefined || room.roomType === filters.roomType.value));
}
const IN_AREA = {
    active: (room) => room.rootFolderType === ROOT_FOLDER.active,
    archived: (room) => room.rootFolderType === ROOT_FOLDER.archive,
    any: (room) => room.rootFolderType === ROOT_FOLDER.active || room.rootFolderType === ROOT_FOLDER.archive
};
/** Rooms matching a title or tags exactly, from DocSpace's (substring, any-case) search narrowed here. */
async function findMatches(ctx, selector, area) {
    const { title, tags } = criteria(selector);
    const rooms = await filteredRooms(ctx, { search: title, tags, area }, 'newest-first');
    return title === undefined ? rooms : rooms.filter((room) => room.title === title);
}
function criteria(selector) {
    switch (selector.by) {
        case 'title':
            // Compare with the title as DocSpace would have saved it.
            return { title: savedTitle(selector.title), tags: selector.tags };
        case 'tags':
            return { tags: selector.tags };
        case 'pull-request':
            return { tags: [selector.pullRequest.tag] };
    }
}
function describeSelector(selector) {
    switch (selector.by) {
        case 'id':
            return `room ${selector.id}`;
        case 'title':
            return `the room titled "${selector.title}"${selector.tags.length ? ` tagged ${selector.tags.join(', ')}` : ''}`;
        case 'tags':
            return `the room tagged ${selector.tags.join(', ')}`;
        case 'pull-request':
            return `the room of pull request ${selector.pullRequest.repository}#${selector.pullRequest.number} (tag ${selector.pullRequest.tag})`;
    }
}
/**
 * The room an operation acts on, read whole. `prefer` settles a lookup that finds a room in both places:
 * archive looks among active rooms first and unarchive among archived ones, so that re-running either
 * finds the room it already handled.
 */
async function targetRoom(ctx, prefer) {
    const selector = ctx.config.target;
    if (selector.by === 'id') {
        try {
            return await getRoom(ctx.client, selector.id);
        }
        catch (error) {
            // GET /rooms/{id} answers 404 for an ID that is no room's (FileStorageService.cs:171-177).
            if (error instanceof DocSpaceError && error.status === 404)
                throw missingRoom(selector, error.message);
            throw error;
        }
    }
    const what = describeSelector(selector);
    const matches = await ctx.group(`Finding ${what}`, async () => {
        const found = await findMatches(ctx, selector, 'any');
        ctx.log(matchedRooms(found));
        return found;
    });
    let candidates = matches;
    if (prefer) {
        const preferred = matches.filter((r) => isArchived(r) === (prefer === 'archived'));
        // Only rooms already in the wanted state: report the newest as already done.
        candidates = preferred.length > 0 ? preferred : matches.slice(0, 1);
    }
    if (candidates.length === 0) {
        throw missingRoom(selector, `No room found: there is no ${what.replace(/^the /, '')} in DocSpace (active or archived)`);
    }
    if (candidates.length > 1) {
        if (!ofOwnMaking(ctx, selector))
            throw ambiguous(what, candidates);
        return getRoom(ctx.client, keepOldest(ctx, what, candidates).id);
    }
    return getRoom(ctx.client, candidates[0].id);
}
/**
 * Whether rooms this selector finds carry the pull request's tag, so that more than one are duplicates the action
 * made itself: two runs of one pull request at once (no `concurrency:` group) each found no room and made one. Such
 * duplicates must never lock the pull request out (every later run failing with "Found 2 rooms", the archive on close
 * included), so they are settled here rather than left to a person. A title or tags alone may match rooms people
 * made, which stay theirs to choose between.
 */
function ofOwnMaking(ctx, selector) {
    const tag = ctx.config.pullRequest?.tag;
    if (selector.by === 'pull-request')
        return true;
    return tag !== undefined && (selector.by === 'title' || selector.by === 'tags') && selector.tags.includes(tag);
}
/** The room that was made first (lowest `created`, then lowest id): the one every run settles on. */
function oldest(rooms) {
    return [...rooms].sort((a, b) => Date.parse(a.created) - Date.parse(b.created) || String(a.id).localeCompare(String(b.id), 'en', { numeric: true }))[0];
}
/** The oldest of duplicates of the action's own making, with a warning that names them. */
function keepOldest(ctx, what, rooms) {
    const kept = oldest(rooms);
    ctx.warn(`Found ${rooms.length} rooms for ${what}: ${roomList(rooms)}. Runs of the pull request at the same time made more than one; this step uses the oldest, room ${kept.id}. A \`concurrency:\` group for the pull request keeps its runs to one at a time`);
    return kept;
}
function missingRoom(selector, message) {
    return new RoomMissingError(message, describeSelector(selector));
}
/**
 * Every operation on an existing room runs through here: with `if-missing: skip`, a room that is not there ends
 * the operation with result not-found and a notice naming what was looked for, instead of failing the step.
 */
function onExistingRoom(operation) {
    return async (ctx) => {
        try {
            return await operation(ctx);
        }
        catch (error) {
            if (!(error instanceof RoomMissingError) || ctx.config.ifMissing !== 'skip')
                throw error;
            (ctx.notice ?? ctx.log)(`Nothing to do: ${error.lookedFor} is not in DocSpace (if-missing: skip)`);
            return { result: 'not-found' };
        }
    };
}
function ambiguous(what, rooms) {
    return new RoomLookupError(`Found ${rooms.length} rooms for ${what}, so nothing was changed: ${roomList(rooms)}. Give room-id to choose one`);
}

;// CONCATENATED MODULE: ./src/docspace/operations.ts




/** Short first poll, because most room operations take well under a second; then slower, up to 2 s. */
const DEFAULT_POLL = { firstMs: 250, maxMs: 2000 };
class OperationFailedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OperationFailedError';
    }
}
/**
 * Waits for DocSpace's asynchronous file operations with one `GET /files/fileops` per round for all of
 * them. A finished operation is listed once and then dropped by the server, so one that is no longer
 * listed is confirmed by reading its room. Resolves with a result per operation, in order; throws only
 * when the step's deadline runs out.
 */
async function waitForOperations(client, pending, options = {}) {
    const schedule = options.schedule ?? DEFAULT_POLL;
    const results = new Map();
    const progress = new Map();
    let waiting = [];
    // DocSpace only logs unexpected errors inside a job, so "finished" alone does not prove the room changed.
    // An error, in turn, may come from a repeated request whose first copy did the work: the room decides.
    const settle = async (p, result) => {
        if (result.ok && options.confirm !== 'always') {
            results.set(p, result);
            return;
        }
        const confirmed = await confirmByRoom(client, p);
        results.set(p, result.ok || confirmed.ok ? confirmed : result);
    };
    for (const p of pending) {
        const settled = settledResult(p, p.operation);
        if (settled)
            await settle(p, settled);
        else
            waiting.push(p);
    }
    let interval = schedule.firstMs;
    const stop = reportProgress(options.progress, options.progressEveryMs, () => waiting.length > 0 ? describeWaiting(waiting, progress) : undefined);
    try {
        while (waiting.length > 0) {
            const stillWaiting = waiting;
            await client.deadline.sleep(interval, () => describeWaiting(stillWaiting, progress));
            interval = Math.min(schedule.maxMs, Math.ceil(interval * 1.5));
            // Filtering by id leaves other jobs' finished operations for them to see; with many, one listing serves all.
            const listed = await listOperations(client, {
                id: waiting.length === 1 ? waiting[0].operation.id : undefined,
                waitingFor: waiting.length
            });
            const byId = new Map(listed.map((op) => [op.id, op]));
            const next = [];
            for (const p of waiting) {
                const op = byId.get(p.operation.id);
                if (op) {
                    const settled = settledResult(p, op);
                    if (settled)
                        await settle(p, settled);
                    else {
                        progress.set(p, op.progress ?? 0);
                        next.push(p);
                    }
                }
                else {
                    results.set(p, await confirmByRoom(client, p));
                }
            }
            waiting = next;
        }
    }
    finally {
        stop();
    }
    return pending.map((p) => results.get(p));
}
/** A result when the listing says the operation is over; undefined while it runs. */
function settledResult(p, op) {
    if (op.error) {
        return {
            ok: false,
            error: new OperationFailedError(`The ${p.what} failed in DocSpace: "${portalWords(op.error)}"`)
        };
    }
    // status 3 Canceled, 4 Failed (DistributedTaskStatus), in case a portal reports them without text.
    if (op.status === 3 || op.status === 4) {
        return {
            ok: false,
            error: new OperationFailedError(`The ${p.what} was ${op.status === 3 ? 'canceled' : 'reported failed'} by DocSpace`)
        };
    }
    if (hasEnded(op))
        return { ok: true };
    return undefined;
}
/** Whether DocSpace says an operation is over, well or not: an error, a final status (2 Completed, 3 Canceled,
 * 4 Failed; DistributedTaskQueue.cs:263-286), `finished`, or full progress. */
function hasEnded(op) {
    return Boolean(op.error) || (op.status ?? 0) >= 2 || op.finished === true || op.progress === 100;
}
async function confirmByRoom(client, p) {
    const room = await findRoom(client, p.roomId);
    const state = room === undefined ? 'deleted' : isArchived(room) ? 'archived' : 'active';
    if (state === p.expect)
        return { ok: true, room };
    return {
        ok: false,
        error: new OperationFailedError(`The ${p.what} ended without a result in DocSpace, and the room is ${state === 'deleted' ? 'gone' : state}, not ${p.expect}`)
    };
}
function describeWaiting(waiting, progress) {
    const first = waiting[0];
    const pct = progress.get(first);
    const state = pct === undefined ? 'progress not reported yet' : `at ${pct}%`;
    const room = first.lastSeen ? `; the room was last seen ${first.lastSeen}` : '';
    return waiting.length === 1
        ? `waiting for the ${first.what} to finish (operation ${first.operation.id}, ${state}${room})`
        : `waiting for ${waiting.length} room operations to finish (first: the ${first.what}, ${state}${room})`;
}

;// CONCATENATED MODULE: ./src/operations/room-state.ts






const CHANGES = {
    archive: { start: startArchive, expect: 'archived', noun: 'archive' },
    unarchive: { start: startUnarchive, expect: 'active', noun: 'unarchive' },
    delete: { start: startDelete, expect: 'deleted', noun: 'deletion' }
};
/**
 * Starts an archive, unarchive or delete of one room and, when asked, waits until DocSpace has done it.
 * Returns the room as it is afterwards (undefined once deleted), or as it was if not waiting.
 */
async function changeRoomState(ctx, room, change, wait) {
    const { start, expect, noun } = CHANGES[change];
    let operation;
    try {
        operation = await start(ctx.client, room.id);
    }
    catch (error) {
        // A delete that was retried after a lost answer finds the room gone: the first attempt did the work.
        if (change === 'delete' &&
            error instanceof DocSpaceError &&
            error.status === 404 &&
            (error.details.attempts ?? 1) > 1) {
            ctx.log(`Room ${room.id} is gone: the first delete request went through although its answer was lost`);
            return { room: undefined, finished: true };
        }
        throw error;
    }
    if (!wait) {
        ctx.log(`Started the ${noun} of ${roomRef(ctx.config.portalUrl, room)} (operation ${operation.id}); not waiting for it (wait: false)`);
        return { room, finished: false };
    }
    const what = `${noun} of room ${room.id} ("${room.title}")`;
    const lastSeen = isArchived(room) ? 'archived' : 'active';
    const [result] = await waitForOperations(ctx.client, [{ operation, roomId: room.id, expect, what, lastSeen }], {
        progress: ctx.log,
        ...ctx.wait,
        confirm: 'always'
    });
    if (result.ok)
        return { room: result.room, finished: true };
    // DELETE answers with the caller's first listed delete operation, not necessarily the one it started
    // (VirtualRoomsController.cs:425), so with two deletes of one key at once the operation followed may be the
    // other's: the room itself tells when this deletion is done.
    if (change === 'delete') {
        await watchUntilGone(ctx, room, result.error);
        return { room: undefined, finished: true };
    }
    throw result.error;
}
/**
 * Watches the room after the operation DocSpace named ended without deleting it. While any delete of this key
 * still runs, it may be this room's; once none runs and the room is still there, the deletion failed, and the
 * error is the one that operation reported. Listing only the key's delete operations (type 2) leaves its other
 * operations to whoever follows them.
 */
async function watchUntilGone(ctx, room, reported) {
    const schedule = ctx.wait?.schedule ?? DEFAULT_POLL;
    let interval = schedule.firstMs;
    const waitingFor = `waiting for the deletion of room ${room.id} to finish`;
    const stop = reportProgress(ctx.wait?.progress ?? ctx.log, ctx.wait?.progressEveryMs, () => waitingFor);
    try {
        while (await findRoom(ctx.client, room.id)) {
            const running = (await listOperations(ctx.client, { type: 'delete' })).filter((op) => !hasEnded(op));
            if (running.length === 0 && (await findRoom(ctx.client, room.id)))
                throw reported;
            await ctx.client.deadline.sleep(interval, waitingFor);
            interval = Math.min(schedule.maxMs, Math.ceil(interval * 1.5));
        }
    }
    finally {
        stop();
    }
}

;// CONCATENATED MODULE: ./src/operations/archive.ts





const archive = async (ctx) => {
    if (ofOwnMaking(ctx, ctx.config.target))
        return archiveEvery(ctx);
    const room = await targetRoom(ctx, 'active');
    if (isArchived(room)) {
        ctx.log(`The ${roomRef(ctx.config.portalUrl, room)} is already archived; nothing to do`);
        return { result: 'already-archived', room };
    }
    const after = await changeRoomState(ctx, room, 'archive', ctx.config.wait);
    if (after.finished)
        ctx.log(`Archived ${roomRef(ctx.config.portalUrl, room)}`);
    return { result: after.finished ? 'archived' : 'archive-started', room: after.room ?? room };
};
const unarchive = async (ctx) => {
    const room = await targetRoom(ctx, 'archived');
    if (!isArchived(room)) {
        ctx.log(`The ${roomRef(ctx.config.portalUrl, room)} is already active; nothing to do`);
        return { result: 'already-active', room };
    }
    const after = await changeRoomState(ctx, room, 'unarchive', ctx.config.wait);
    if (after.finished)
        ctx.log(`Restored ${roomRef(ctx.config.portalUrl, room)} from the archive`);
    return { result: after.finished ? 'unarchived' : 'unarchive-started', room: after.room ?? room };
};
/**
 * Archives every room of the pull request, found by its tag: when runs at the same time made more than one, all of
 * them are archived on close, or the duplicate would stay active for good. The oldest is the one reported.
 */
async function archiveEvery(ctx) {
    const selector = ctx.config.target;
    const what = describeSelector(selector);
    const rooms = await ctx.group(`Finding ${what}`, async () => {
        const found = await findMatches(ctx, selector, 'any');
        ctx.log(matchedRooms(found));
        return found;
    });
    if (rooms.length === 0) {
        throw missingRoom(selector, `No room found: there is no ${what.replace(/^the /, '')} in DocSpace (active or archived)`);
    }
    const kept = rooms.length > 1 ? keepOldest(ctx, what, rooms) : rooms[0];
    const active = rooms.filter((r) => !isArchived(r));
    if (active.length === 0) {
        const room = await getRoom(ctx.client, kept.id);
        ctx.log(`The ${roomRef(ctx.config.portalUrl, room)} is already archived; nothing to do`);
        return { result: 'already-archived', room };
    }
    let reported = kept;
    let finished = true;
    for (const room of active) {
        const after = await changeRoomState(ctx, room, 'archive', ctx.config.wait);
        if (after.finished)
            ctx.log(`Archived ${roomRef(ctx.config.portalUrl, room)}`);
        finished &&= after.finished;
        if (room.id === kept.id)
            reported = after.room ?? room;
    }
    // Read whole, as an operation on one room reports it, when the room reported was archived before this run.
    if (reported === kept)
        reported = await getRoom(ctx.client, kept.id);
    return { result: finished ? 'archived' : 'archive-started', room: reported };
}

;// CONCATENATED MODULE: ./src/lib/concurrency.ts
/** Runs `work` over `items` with at most `limit` at once; results keep the items' order. */
async function mapWithConcurrency(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/**
 * Waits for every task, so that none is still running when the step fails, and then gives their results in order, or
 * throws the first failure with the others' messages added.
 */
async function together(...tasks) {
    const settled = await Promise.allSettled(tasks);
    const failures = settled
        .filter((r) => r.status === 'rejected')
        .map((r) => r.reason);
    if (failures.length > 0) {
        const [first, ...others] = failures;
        if (first instanceof Error && others.length > 0) {
            first.message += others.map((e) => `\nAlso: ${e instanceof Error ? e.message : String(e)}`).join('');
        }
        throw first;
    }
    return settled.map((r) => r.value);
}

;// CONCATENATED MODULE: ./src/lib/dates.ts
// Dates as people read them: "2026-11-24 03:35 UTC", "3 days ago", idle "45 days". The log and the summary
// say them alike.
const DAY_MS = 86_400_000;
/** "2026-11-24 03:35 UTC", with seconds when asked. */
function utcDate(at, seconds = false) {
    const iso = new Date(at).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, seconds ? 19 : 16)} UTC`;
}
/** How long ago, in the largest unit that reads naturally. */
function ago(ms) {
    if (ms < 60_000)
        return 'just now';
    const minutes = Math.floor(ms / 60_000);
    if (minutes < 60)
        return `${count(minutes, 'minute')} ago`;
    const hours = Math.floor(minutes / 60);
    if (hours < 24)
        return `${count(hours, 'hour')} ago`;
    const d = Math.floor(ms / DAY_MS);
    if (d < 60)
        return `${count(d, 'day')} ago`;
    if (d < 730)
        return `${count(Math.round(d / 30.44), 'month')} ago`;
    return `${count(Math.floor(d / 365.25), 'year')} ago`;
}
/** How long a room has gone without an update, in days, the unit of stale-days. */
function idle(ms) {
    if (ms < 3_600_000)
        return 'under an hour';
    if (ms < DAY_MS)
        return count(Math.floor(ms / 3_600_000), 'hour');
    return count(Math.floor(ms / DAY_MS), 'day');
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/operations/archive-stale.ts








const archive_stale_DAY_MS = 24 * 60 * 60 * 1000;
/** Archives active rooms whose last update is older than stale-days, oldest first, at most max-rooms. */
const archiveStale = async (ctx) => {
    const { config } = ctx;
    const cutoff = ctx.now() - config.staleDays * archive_stale_DAY_MS;
    const { stale, examined } = await ctx.group('Finding stale rooms', async () => {
        // Oldest first, and every `updated` is a date: the answer's check saw to it.
        const rooms = await filteredRooms(ctx, config.filters, 'oldest-first');
        const old = rooms.filter((room) => Date.parse(room.updated) < cutoff);
        ctx.log(`${old.length} of ${rooms.length} active rooms were last updated before ${utcDate(cutoff)} (${config.staleDays} days ago)`);
        return { stale: old, examined: rooms.length };
    });
    const open = await spareOpenPullRequests(ctx, stale);
    const spared = open.spared ? [open.spared] : [];
    // In any case, as DocSpace's tag catalogue finds a tag by name (CustomTagsService.cs:46-59) and update compares
    // them: `keep` spares a room tagged `Keep`.
    const excluded = new Set(config.excludeTags.map((t) => t.toLowerCase()));
    const kept = open.kept.filter((room) => !room.tags.some((t) => excluded.has(t.toLowerCase())));
    if (excluded.size > 0) {
        const count = open.kept.length - kept.length;
        spared.push({ reason: 'exclude-tags', count });
        ctx.log(`Kept ${count} stale room${count === 1 ? '' : 's'} tagged ${config.excludeTags.join(', ')} (exclude-tags)`);
    }
    const chosen = kept.slice(0, config.maxRooms);
    const counted = { cutoff, examined, stale: stale.length, handled: chosen.length };
    if (kept.length > chosen.length) {
        // Counted as the summary's headline counts them: every stale room, the spared ones said apart.
        const sparedCount = stale.length - kept.length;
        ctx.warn(`${stale.length} rooms are stale${sparedCount > 0 ? ` and ${sparedCount} of them are kept` : ''}; this run handles the oldest ${chosen.length} (max-rooms). The other ${kept.length - chosen.length} wait for the next run`);
    }
    if (config.dryRun) {
        if (chosen.length > 0) {
            await ctx.group(`Would archive ${chosen.length} room${chosen.length === 1 ? '' : 's'} (dry run: nothing is changed)`, () => {
                for (const room of chosen)
                    ctx.log(`Would archive ${staleLine(ctx, room)}`);
                return Promise.resolve();
            });
        }
        return { result: 'dry-run', rooms: chosen, stale: counted, spared };
    }
    return ctx.group(`Archiving ${chosen.length} room${chosen.length === 1 ? '' : 's'}`, async () => {
        const failures = [];
        const started = await mapWithConcurrency(chosen, config.concurrency, async (room) => {
            try {
                const operation = await startArchive(ctx.client, room.id);
                return {
                    operation,
                    roomId: room.id,
                    expect: 'archived',
                    what: `archive of room ${room.id} ("${room.title}")`,
                    lastSeen: 'active'
                };
            }
            catch (error) {
                failures.push(`room ${room.id} ("${room.title}"): ${error.message}`);
                return undefined;
            }
        });
        const begun = chosen.flatMap((room, i) => (started[i] ? [{ room, pending: started[i] }] : []));
        const archived = [];
        if (config.wait) {
            const results = await waitForOperations(ctx.client, begun.map((b) => b.pending), { progress: ctx.log, ...ctx.wait });
            results.forEach((result, i) => {
                const { room } = begun[i];
                if (result.ok)
                    archived.push({ ...room, rootFolderType: ROOT_FOLDER.archive });
                else
                    failures.push(`room ${room.id} ("${room.title}"): ${result.error.message}`);
            });
        }
        else {
            archived.push(...begun.map((b) => b.room));
        }
        for (const room of archived)
            ctx.log(`${config.wait ? 'Archived' : 'Started archiving'} ${staleLine(ctx, room)}`);
        return { result: config.wait ? 'archived' : 'archive-started', rooms: archived, failures, stale: counted, spared };
    });
};
/** `room 12 "Title" (link), last updated 2026-10-01 09:30 UTC (57 days ago)`. */
function staleLine(ctx, room) {
    const updated = Date.parse(room.updated);
    return `${roomRef(ctx.config.portalUrl, room)}, last updated ${utcDate(updated)} (${ago(ctx.now() - updated)})`;
}
/** The reason `spared` gives for rooms of open pull requests. */
const SPARED_OPEN_PULL_REQUEST = 'pull request still open';
/**
 * Leaves out the rooms of pull requests that are still open (skip-open-pull-requests). GitHub's answer was
 * asked for when the run began; without it nothing is archived.
 */
async function spareOpenPullRequests(ctx, stale) {
    if (!ctx.openPullRequests)
        return { kept: stale };
    const open = await ctx.openPullRequests.catch((error) => {
        const message = error instanceof Error ? error.message : String(error);
        const hint = /HTTP 401/.test(message)
            ? '. github-token was not accepted'
            : /HTTP 40[34]/.test(message)
                ? '. Give the job `permissions: pull-requests: read`'
                : '';
        throw new Error(`Nothing was archived: skip-open-pull-requests could not read the open pull requests: ${message}${hint}`, { cause: error });
    });
    const kept = [];
    let count = 0;
    for (const room of stale) {
        const number = pullRequestOf(room, open.repository);
        if (number !== undefined && open.numbers.has(number)) {
            ctx.log(`Keeping ${roomRef(ctx.config.portalUrl, room)}: pull request #${number} is still open`);
            count++;
        }
        else
            kept.push(room);
    }
    ctx.log(`${count} stale room${count === 1 ? '' : 's'} kept: ${open.numbers.size} pull request${open.numbers.size === 1 ? ' is' : 's are'} open in ${open.repository}`);
    return { kept, spared: { reason: SPARED_OPEN_PULL_REQUEST, count } };
}

;// CONCATENATED MODULE: ./src/docspace/settings.ts


/** Room settings, tags, pins and logos in DocSpace's own vocabulary; one function per call. */
const settings_ROOMS = 'api/2.0/files/rooms';
/**
 * The fields of `POST /files/rooms` and `PUT /files/rooms/{id}` that carry the settings given, and only those
 * (CreateRoomRequestDto.cs, UpdateRoomRequestDto.cs). Never `tags`: in an update they replace the room's whole set
 * (FileStorageService.cs:1380-1416), which would drop the pull request's tag; tags change through the tag endpoints.
 */
function settingsFields(settings) {
    const body = {};
    if (settings.quota !== undefined)
        body.quota = settings.quota;
    if (settings.indexing !== undefined)
        body.indexing = settings.indexing;
    if (settings.denyDownload !== undefined)
        body.denyDownload = settings.denyDownload;
    if (settings.lifetime !== undefined) {
        // enabled:false clears the lifetime (FolderDao.cs:1266-1276); any lifetime sent restarts its count (FSS:1263).
        body.lifetime =
            settings.lifetime === 'off'
                ? { enabled: false }
                : {
                    enabled: true,
                    deletePermanently: settings.lifetime.deletePermanently,
                    period: settings.lifetime.period,
                    value: settings.lifetime.value
                };
    }
    if (settings.color !== undefined)
        body.color = settings.color;
    return body;
}
/** The room with its settings, as `GET /files/rooms/{id}` gives it: the one answer that shows the caller's pin. */
function getRoomSettings(client, id) {
    return client.call({ method: 'GET', path: `${settings_ROOMS}/${segment(id)}`, retry: 'always' }, SettledRoomAnswer);
}
/** `PUT /files/rooms/{id}` with a title and settings. Repeating it sets the same values again. */
function updateRoom(client, id, fields) {
    return client.call({ method: 'PUT', path: `${settings_ROOMS}/${segment(id)}`, body: fields, retry: 'always' }, SettledRoomAnswer);
}
/** Adds tags; DocSpace creates the ones not in its catalogue, which needs a room admin or DocSpace admin. */
function addRoomTags(client, id, names) {
    return client.call({ method: 'PUT', path: `${settings_ROOMS}/${segment(id)}/tags`, body: { names }, retry: 'always' }, SettledRoomAnswer);
}
function removeRoomTags(client, id, names) {
    return client.call({ method: 'DELETE', path: `${settings_ROOMS}/${segment(id)}/tags`, body: { names }, retry: 'always' }, SettledRoomAnswer);
}
/** Pins or unpins the room for the key's user: pins are per user (FileStorageService.cs:4553). */
function setPinned(client, id, pinned) {
    return client.call({ method: 'PUT', path: `${settings_ROOMS}/${segment(id)}/${pinned ? 'pin' : 'unpin'}`, retry: 'always' }, SettledRoomAnswer);
}
const UPLOAD = 'api/2.0/files/logos';
/**
 * Uploads the image DocSpace cuts a logo from and returns its temporary file. DocSpace answers a refusal with HTTP
 * 200 and `success: false` (VirtualRoomsController.cs:1049-1081), which is a failure here, in DocSpace's words.
 */
async function uploadLogo(client, image) {
    const answer = await client.call({
        method: 'POST',
        path: UPLOAD,
        form: { field: 'file', fileName: image.fileName, contentType: `image/${image.format}`, data: image.data },
        retry: 'always'
    }, LogoUploadAnswer);
    if (answer.success && typeof answer.data === 'string' && answer.data !== '')
        return answer.data;
    throw new DocSpaceError({
        request: `POST /${UPLOAD}`,
        status: 200,
        docspaceMessage: answer.message || (answer.success ? 'no temporary file in the answer' : 'the upload was refused'),
        likelyCause: answer.success
            ? 'portal-url points at something other than a DocSpace portal this action supports (version 3.x)'
            : `DocSpace did not take ${image.path} as a logo: it takes PNG and JPEG images up to its upload limit (1 MB unless the portal's configuration changes it), from DocSpace admins and room admins`
    });
}
/** Cuts the room's logo from an uploaded image (`POST /files/rooms/{id}/logo`, RoomLogoManager.cs:86-136). */
function setRoomLogo(client, id, tmpFile, crop) {
    return client.call(
    // DocSpace removes the temporary file once it is used (RoomLogoManager.cs:123), so a repeat could only fail.
    { method: 'POST', path: `${settings_ROOMS}/${segment(id)}/logo`, body: { tmpFile, ...crop }, retry: 'if-not-applied' }, SettledRoomAnswer);
}

;// CONCATENATED MODULE: ./src/docspace/files.ts




const FILES = 'api/2.0/files';
/** `count` is validated to 1..100 (GetFolderRequestDto.cs:129-131). */
const files_PAGE_SIZE = 100;
/** `files:uploader:chunk-size`, 10 MB: the largest chunk DocSpace takes (SetupInfo.cs:104; FU:296-299). */
const CHUNK_BYTES = 10 * 1024 * 1024;
/**
 * Bytes of a room's tree one run reads at most: the entries are kept while the run compares them with the workspace.
 * With the fields asked for, a file takes about 250 bytes, so 16 MiB hold some 60,000 files.
 */
const MAX_TREE_BYTES = 16 * 1024 * 1024;
/** A file as a listing gives it (FDto:41-272, mapping 461-500). Only these fields are kept (v.object drops others). */
const FileEntry = object({
    id: EntryId,
    title: string(),
    // The file's direct parent (FDto:481).
    folderId: EntryId,
    version: pipe(number(), integer(), minValue(1)),
    // null for a file of 0 bytes (NullIfDefault, FDto:490).
    pureContentLength: optional(nullable(pipe(number(), integer(), minValue(0)))),
    // The current version's comment (FDto:491); absent when it has none.
    comment: optional(nullable(string())),
    updated: ApiDate
});
const FolderEntry = object({
    id: EntryId,
    title: string(),
    parentId: EntryId
});
const FILE_FIELDS = Object.keys(FileEntry.entries);
const FOLDER_FIELDS = Object.keys(FolderEntry.entries);
const FilesPage = looseObject({ files: array(FileEntry), total: pipe(number(), integer(), minValue(0)) });
const FoldersPage = looseObject({
    folders: array(FolderEntry),
    total: pipe(number(), integer(), minValue(0))
});
/**
 * Every folder and file below a folder, at any depth, in two paged scans: `filterType=2` (folders) and `filterType=1`
 * (files), each with `withSubFolders=true`, which DocSpace applies when a filter is set (FiDao:2611-2617,
 * FoDao:2173-2179). Pages are de-duplicated by id, since the order has no tie-break and entries can move while the
 * pages are read; reading stops at a short page, an empty one, or one with nothing new, and within a byte budget.
 */
async function listTree(client, folderId) {
    const budget = {
        limit: MAX_TREE_BYTES,
        used: 0,
        what: "the room's folders and files",
        likelyCause: 'the folder holds more files than one run compares; upload into a smaller folder (folder input)'
    };
    const folders = await scan(client, folderId, 2, FoldersPage, (p) => p.folders, FOLDER_FIELDS, budget);
    const files = await scan(client, folderId, 1, FilesPage, (p) => p.files, FILE_FIELDS, budget);
    return { folders, files };
}
/** The folders directly in a folder (`withSubFolders=false`, FC:280), as DocSpace has them now. */
function listSubfolders(client, folderId) {
    const budget = {
        limit: MAX_TREE_BYTES,
        used: 0,
        what: 'the sub-folders of a folder',
        likelyCause: 'the folder holds more sub-folders than one run reads'
    };
    return scan(client, folderId, 2, FoldersPage, (p) => p.folders, FOLDER_FIELDS, budget, false);
}
async function scan(client, folderId, filterType, schema, entries, fields, budget, withSubFolders = true) {
    const kind = filterType === 1 ? 'files' : 'folders';
    const seen = new Map();
    for (let startIndex = 0;;) {
        const page = await client.call({
            method: 'GET',
            path: `${FILES}/${segment(folderId)}`,
            query: {
                filterType,
                withSubFolders,
                count: files_PAGE_SIZE,
                startIndex,
                fields: [...fields.map((f) => `${kind}.${f}`), 'total'].join(',')
            },
            retry: 'always',
            budget
        }, schema);
        const list = entries(page);
        let fresh = false;
        for (const entry of list) {
            if (!seen.has(entry.id))
                fresh = true;
            if (!seen.has(entry.id))
                seen.set(entry.id, entry);
        }
        startIndex += list.length;
        if (!fresh || list.length < files_PAGE_SIZE || startIndex >= page.total)
            break;
    }
    return [...seen.values()];
}
/** `POST files/folder/{parentId} {title}` (FC:213-219). DocSpace makes a second folder of the same title when asked
 * twice (no existence check in FileStorageService.CreateFolderAsync), so callers look before they make. */
function createFolder(client, parentId, title) {
    return client.call({ method: 'POST', path: `${FILES}/folder/${segment(parentId)}`, body: { title }, retry: 'if-not-applied' }, looseObject({ ...FolderEntry.entries, parentId: optional(FolderEntry.entries.parentId) }));
}
const UploadedFile = looseObject({
    id: EntryId,
    title: string(),
    version: pipe(number(), integer(), minValue(1))
});
/**
 * Uploads one file into a folder; a file of the same title there (ignoring case) gets a new version, since
 * `createNewIfExist` is left false (FU:88-125). Up to CHUNK_BYTES in one request (`POST {folderId}/upload`, multipart
 * field `file`, UC:459-468); larger ones through an upload session (UC:137-141) in numbered chunks (UC:276-282), each
 * at most CHUNK_BYTES and safe to send again, then `finalize` (UC:293-344): the file appears only then, so a run that
 * dies mid-file leaves nothing half-written in the room. The file is read from disk as it is sent.
 */
async function uploadFile(client, folderId, file) {
    const form = (start, length) => ({
        field: 'file',
        fileName: file.title,
        contentType: 'application/octet-stream',
        data: { path: file.path, start, length }
    });
    if (file.size <= CHUNK_BYTES) {
        const answer = await client.call({
            method: 'POST',
            path: `${FILES}/${segment(folderId)}/upload`,
            form: form(0, file.size),
            // A second copy would add a second version; a refused one is sent again.
            retry: 'if-not-applied'
        }, union([pipe(array(UploadedFile), minLength(1)), UploadedFile]));
        return Array.isArray(answer) ? answer[0] : answer;
    }
    const session = await client.call({
        method: 'POST',
        path: `${FILES}/${segment(folderId)}/session`,
        body: { fileName: file.title, fileSize: file.size },
        retry: 'always'
    }, looseObject({ id: pipe(string(), regex(/^[\w-]{1,100}$/, 'an upload session id')) }));
    const sessionPath = `${FILES}/${segment(folderId)}/session/${encodeURIComponent(session.id)}`;
    try {
        const chunks = Math.ceil(file.size / CHUNK_BYTES);
        for (let n = 1; n <= chunks; n++) {
            const start = (n - 1) * CHUNK_BYTES;
            await client.call({
                method: 'POST',
                path: `${sessionPath}/upload`,
                query: { chunkNumber: n },
                form: form(start, Math.min(CHUNK_BYTES, file.size - start)),
                retry: 'always'
            }, unknown());
        }
        const done = await client.call({ method: 'PUT', path: `${sessionPath}/finalize`, retry: 'if-not-applied' }, looseObject({ file: UploadedFile }));
        return done.file;
    }
    catch (error) {
        // The session's chunks are dropped rather than left to expire in 12 h (ChunkedUploadSessionHolder.cs:46).
        await client.call({ method: 'DELETE', path: sessionPath, retry: 'always' }, unknown()).catch(() => undefined);
        throw error;
    }
}
/** `PUT files/file/{fileId}/comment {version, comment}` (FLC:526-530): the version comment, where the action keeps
 * the content hash of what it uploaded, since no listing carries a hash of a file's bytes (FILES-FACTS §1.4). */
async function setVersionComment(client, fileId, version, comment) {
    await client.call({
        method: 'PUT',
        path: `${FILES}/file/${segment(fileId)}/comment`,
        body: { version, comment },
        retry: 'always'
    }, unknown());
}
/**
 * A file's bytes through `filehandler.ashx?action=download` (FDto:736, FilesLinkUtility.cs:380-392), which takes the
 * key; a redirect to storage is followed without it.
 */
function downloadFile(client, fileId, consume) {
    return client.download({
        method: 'GET',
        path: 'filehandler.ashx',
        query: { action: 'download', fileid: String(fileId) },
        retry: 'always'
    }, consume);
}
/**
 * Moves files to the trash, from where they can be restored: `PUT files/fileops/delete` with `immediately: false`
 * (OPC:61-73, FileDeleteOperation), then waits for the operation (`GET files/fileops`) to end.
 */
async function trashFiles(client, fileIds) {
    if (fileIds.length === 0)
        return;
    const started = await client.call({
        method: 'PUT',
        path: `${FILES}/fileops/delete`,
        body: { fileIds, folderIds: [], deleteAfter: false, immediately: false },
        retry: 'always'
    }, array(OperationAnswer));
    const ids = new Set(started.map((op) => op.id));
    for (let wait = 200; ids.size > 0; wait = Math.min(wait * 2, 2000)) {
        const listed = await client.call({ method: 'GET', path: `${FILES}/fileops`, retry: 'always' }, OperationListAnswer);
        for (const id of [...ids]) {
            const op = listed.find((o) => o.id === id);
            if (op?.error) {
                throw new DocSpaceError({
                    request: `PUT /${FILES}/fileops/delete`,
                    docspaceMessage: op.error,
                    likelyCause: 'DocSpace could not move the files to the trash'
                });
            }
            // A finished operation is listed once and then dropped (FileOperationsManager.cs:61-100).
            if (!op || op.finished)
                ids.delete(id);
        }
        if (ids.size > 0)
            await delay(Math.min(wait, client.deadline.remainingMs()));
    }
}

;// CONCATENATED MODULE: ./src/lib/workspace/hash.ts


/** sha256 of a file's bytes, hex, streamed (never the whole file in memory) */
async function hashFile(absolute) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    // The stream reads in 64 KiB chunks; only one chunk is held at a time.
    for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(absolute, { highWaterMark: 64 * 1024 })) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}

;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-glob-options-helper.js

/**
 * Returns a copy with defaults filled in.
 */
function getOptions(copy) {
    const result = {
        followSymbolicLinks: true,
        implicitDescendants: true,
        matchDirectories: true,
        omitBrokenSymbolicLinks: true,
        excludeHiddenFiles: false
    };
    if (copy) {
        if (typeof copy.followSymbolicLinks === 'boolean') {
            result.followSymbolicLinks = copy.followSymbolicLinks;
            core_debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
        }
        if (typeof copy.implicitDescendants === 'boolean') {
            result.implicitDescendants = copy.implicitDescendants;
            core_debug(`implicitDescendants '${result.implicitDescendants}'`);
        }
        if (typeof copy.matchDirectories === 'boolean') {
            result.matchDirectories = copy.matchDirectories;
            core_debug(`matchDirectories '${result.matchDirectories}'`);
        }
        if (typeof copy.omitBrokenSymbolicLinks === 'boolean') {
            result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
            core_debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
        }
        if (typeof copy.excludeHiddenFiles === 'boolean') {
            result.excludeHiddenFiles = copy.excludeHiddenFiles;
            core_debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
        }
    }
    return result;
}
//# sourceMappingURL=internal-glob-options-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-path-helper.js


const internal_path_helper_IS_WINDOWS = process.platform === 'win32';
/**
 * Similar to path.dirname except normalizes the path separators and slightly better handling for Windows UNC paths.
 *
 * For example, on Linux/macOS:
 * - `/               => /`
 * - `/hello          => /`
 *
 * For example, on Windows:
 * - `C:\             => C:\`
 * - `C:\hello        => C:\`
 * - `C:              => C:`
 * - `C:hello         => C:`
 * - `\               => \`
 * - `\hello          => \`
 * - `\\hello         => \\hello`
 * - `\\hello\world   => \\hello\world`
 */
function dirname(p) {
    // Normalize slashes and trim unnecessary trailing slash
    p = safeTrimTrailingSeparator(p);
    // Windows UNC root, e.g. \\hello or \\hello\world
    if (internal_path_helper_IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
        return p;
    }
    // Get dirname
    let result = external_path_namespaceObject.dirname(p);
    // Trim trailing slash for Windows UNC root, e.g. \\hello\world\
    if (internal_path_helper_IS_WINDOWS && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
        result = safeTrimTrailingSeparator(result);
    }
    return result;
}
/**
 * Roots the path if not already rooted. On Windows, relative roots like `\`
 * or `C:` are expanded based on the current working directory.
 */
function ensureAbsoluteRoot(root, itemPath) {
    external_assert_(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
    external_assert_(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Already rooted
    if (hasAbsoluteRoot(itemPath)) {
        return itemPath;
    }
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // Check for itemPath like C: or C:foo
        if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
            let cwd = process.cwd();
            external_assert_(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            // Drive letter matches cwd? Expand to cwd
            if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
                // Drive only, e.g. C:
                if (itemPath.length === 2) {
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}`;
                }
                // Drive + path, e.g. C:foo
                else {
                    if (!cwd.endsWith('\\')) {
                        cwd += '\\';
                    }
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
                }
            }
            // Different drive
            else {
                return `${itemPath[0]}:\\${itemPath.substr(2)}`;
            }
        }
        // Check for itemPath like \ or \foo
        else if (internal_path_helper_normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
            const cwd = process.cwd();
            external_assert_(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            return `${cwd[0]}:\\${itemPath.substr(1)}`;
        }
    }
    external_assert_(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
    // Otherwise ensure root ends with a separator
    if (root.endsWith('/') || (internal_path_helper_IS_WINDOWS && root.endsWith('\\'))) {
        // Intentionally empty
    }
    else {
        // Append separator
        root += external_path_namespaceObject.sep;
    }
    return root + itemPath;
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\\hello\share` and `C:\hello` (and using alternate separator).
 */
function hasAbsoluteRoot(itemPath) {
    external_assert_(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = internal_path_helper_normalizeSeparators(itemPath);
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // E.g. \\hello\share or C:\hello
        return itemPath.startsWith('\\\\') || /^[A-Z]:\\/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\`, `\hello`, `\\hello\share`, `C:`, and `C:\hello` (and using alternate separator).
 */
function hasRoot(itemPath) {
    external_assert_(itemPath, `isRooted parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = internal_path_helper_normalizeSeparators(itemPath);
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // E.g. \ or \hello or \\hello
        // E.g. C: or C:\hello
        return itemPath.startsWith('\\') || /^[A-Z]:/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * Removes redundant slashes and converts `/` to `\` on Windows
 */
function internal_path_helper_normalizeSeparators(p) {
    p = p || '';
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // Convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // Remove redundant slashes
        const isUnc = /^\\\\+[^\\]/.test(p); // e.g. \\hello
        return (isUnc ? '\\' : '') + p.replace(/\\\\+/g, '\\'); // preserve leading \\ for UNC
    }
    // Remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
/**
 * Normalizes the path separators and trims the trailing separator (when safe).
 * For example, `/foo/ => /foo` but `/ => /`
 */
function safeTrimTrailingSeparator(p) {
    // Short-circuit if empty
    if (!p) {
        return '';
    }
    // Normalize separators
    p = internal_path_helper_normalizeSeparators(p);
    // No trailing slash
    if (!p.endsWith(external_path_namespaceObject.sep)) {
        return p;
    }
    // Check '/' on Linux/macOS and '\' on Windows
    if (p === external_path_namespaceObject.sep) {
        return p;
    }
    // On Windows check if drive root. E.g. C:\
    if (internal_path_helper_IS_WINDOWS && /^[A-Z]:\\$/i.test(p)) {
        return p;
    }
    // Otherwise trim trailing slash
    return p.substr(0, p.length - 1);
}
//# sourceMappingURL=internal-path-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-match-kind.js
/**
 * Indicates whether a pattern matches a path
 */
var MatchKind;
(function (MatchKind) {
    /** Not matched */
    MatchKind[MatchKind["None"] = 0] = "None";
    /** Matched if the path is a directory */
    MatchKind[MatchKind["Directory"] = 1] = "Directory";
    /** Matched if the path is a regular file */
    MatchKind[MatchKind["File"] = 2] = "File";
    /** Matched */
    MatchKind[MatchKind["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));
//# sourceMappingURL=internal-match-kind.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-pattern-helper.js


const internal_pattern_helper_IS_WINDOWS = process.platform === 'win32';
/**
 * Given an array of patterns, returns an array of paths to search.
 * Duplicates and paths under other included paths are filtered out.
 */
function getSearchPaths(patterns) {
    // Ignore negate patterns
    patterns = patterns.filter(x => !x.negate);
    // Create a map of all search paths
    const searchPathMap = {};
    for (const pattern of patterns) {
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        searchPathMap[key] = 'candidate';
    }
    const result = [];
    for (const pattern of patterns) {
        // Check if already included
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        if (searchPathMap[key] === 'included') {
            continue;
        }
        // Check for an ancestor search path
        let foundAncestor = false;
        let tempKey = key;
        let parent = dirname(tempKey);
        while (parent !== tempKey) {
            if (searchPathMap[parent]) {
                foundAncestor = true;
                break;
            }
            tempKey = parent;
            parent = dirname(tempKey);
        }
        // Include the search pattern in the result
        if (!foundAncestor) {
            result.push(pattern.searchPath);
            searchPathMap[key] = 'included';
        }
    }
    return result;
}
/**
 * Matches the patterns against the path
 */
function internal_pattern_helper_match(patterns, itemPath) {
    let result = MatchKind.None;
    for (const pattern of patterns) {
        if (pattern.negate) {
            result &= ~pattern.match(itemPath);
        }
        else {
            result |= pattern.match(itemPath);
        }
    }
    return result;
}
/**
 * Checks whether to descend further into the directory
 */
function internal_pattern_helper_partialMatch(patterns, itemPath) {
    return patterns.some(x => !x.negate && x.partialMatch(itemPath));
}
//# sourceMappingURL=internal-pattern-helper.js.map
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ast_ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ast_ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const esm_path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? esm_path.win32.sep : esm_path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-path.js



const internal_path_IS_WINDOWS = process.platform === 'win32';
/**
 * Helper class for parsing paths into segments
 */
class Path {
    /**
     * Constructs a Path
     * @param itemPath Path or array of segments
     */
    constructor(itemPath) {
        this.segments = [];
        // String
        if (typeof itemPath === 'string') {
            external_assert_(itemPath, `Parameter 'itemPath' must not be empty`);
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
            // Not rooted
            if (!hasRoot(itemPath)) {
                this.segments = itemPath.split(external_path_namespaceObject.sep);
            }
            // Rooted
            else {
                // Add all segments, while not at the root
                let remaining = itemPath;
                let dir = dirname(remaining);
                while (dir !== remaining) {
                    // Add the segment
                    const basename = external_path_namespaceObject.basename(remaining);
                    this.segments.unshift(basename);
                    // Truncate the last segment
                    remaining = dir;
                    dir = dirname(remaining);
                }
                // Remainder is the root
                this.segments.unshift(remaining);
            }
        }
        // Array
        else {
            // Must not be empty
            external_assert_(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
            // Each segment
            for (let i = 0; i < itemPath.length; i++) {
                let segment = itemPath[i];
                // Must not be empty
                external_assert_(segment, `Parameter 'itemPath' must not contain any empty segments`);
                // Normalize slashes
                segment = internal_path_helper_normalizeSeparators(itemPath[i]);
                // Root segment
                if (i === 0 && hasRoot(segment)) {
                    segment = safeTrimTrailingSeparator(segment);
                    external_assert_(segment === dirname(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
                    this.segments.push(segment);
                }
                // All other segments
                else {
                    // Must not contain slash
                    external_assert_(!segment.includes(external_path_namespaceObject.sep), `Parameter 'itemPath' contains unexpected path separators`);
                    this.segments.push(segment);
                }
            }
        }
    }
    /**
     * Converts the path to it's string representation
     */
    toString() {
        // First segment
        let result = this.segments[0];
        // All others
        let skipSlash = result.endsWith(external_path_namespaceObject.sep) || (internal_path_IS_WINDOWS && /^[A-Z]:$/i.test(result));
        for (let i = 1; i < this.segments.length; i++) {
            if (skipSlash) {
                skipSlash = false;
            }
            else {
                result += external_path_namespaceObject.sep;
            }
            result += this.segments[i];
        }
        return result;
    }
}
//# sourceMappingURL=internal-path.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-pattern.js







const internal_pattern_IS_WINDOWS = process.platform === 'win32';
class Pattern {
    constructor(patternOrNegate, isImplicitPattern = false, segments, homedir) {
        /**
         * Indicates whether matches should be excluded from the result set
         */
        this.negate = false;
        // Pattern overload
        let pattern;
        if (typeof patternOrNegate === 'string') {
            pattern = patternOrNegate.trim();
        }
        // Segments overload
        else {
            // Convert to pattern
            segments = segments || [];
            external_assert_(segments.length, `Parameter 'segments' must not empty`);
            const root = Pattern.getLiteral(segments[0]);
            external_assert_(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
            pattern = new Path(segments).toString().trim();
            if (patternOrNegate) {
                pattern = `!${pattern}`;
            }
        }
        // Negate
        while (pattern.startsWith('!')) {
            this.negate = !this.negate;
            pattern = pattern.substr(1).trim();
        }
        // Normalize slashes and ensures absolute root
        pattern = Pattern.fixupPattern(pattern, homedir);
        // Segments
        this.segments = new Path(pattern).segments;
        // Trailing slash indicates the pattern should only match directories, not regular files
        this.trailingSeparator = internal_path_helper_normalizeSeparators(pattern)
            .endsWith(external_path_namespaceObject.sep);
        pattern = safeTrimTrailingSeparator(pattern);
        // Search path (literal path prior to the first glob segment)
        let foundGlob = false;
        const searchSegments = this.segments
            .map(x => Pattern.getLiteral(x))
            .filter(x => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = new Path(searchSegments).toString();
        // Root RegExp (required when determining partial match)
        this.rootRegExp = new RegExp(Pattern.regExpEscape(searchSegments[0]), internal_pattern_IS_WINDOWS ? 'i' : '');
        this.isImplicitPattern = isImplicitPattern;
        // Create minimatch
        const minimatchOptions = {
            dot: true,
            nobrace: true,
            nocase: internal_pattern_IS_WINDOWS,
            nocomment: true,
            noext: true,
            nonegate: true
        };
        pattern = internal_pattern_IS_WINDOWS ? pattern.replace(/\\/g, '/') : pattern;
        this.minimatch = new Minimatch(pattern, minimatchOptions);
    }
    /**
     * Matches the pattern against the specified path
     */
    match(itemPath) {
        // Last segment is globstar?
        if (this.segments[this.segments.length - 1] === '**') {
            // Normalize slashes
            itemPath = internal_path_helper_normalizeSeparators(itemPath);
            // Append a trailing slash. Otherwise Minimatch will not match the directory immediately
            // preceding the globstar. For example, given the pattern `/foo/**`, Minimatch returns
            // false for `/foo` but returns true for `/foo/`. Append a trailing slash to handle that quirk.
            if (!itemPath.endsWith(external_path_namespaceObject.sep) && this.isImplicitPattern === false) {
                // Note, this is safe because the constructor ensures the pattern has an absolute root.
                // For example, formats like C: and C:foo on Windows are resolved to an absolute root.
                itemPath = `${itemPath}${external_path_namespaceObject.sep}`;
            }
        }
        else {
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
        }
        // Match
        if (this.minimatch.match(itemPath)) {
            return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
        }
        return MatchKind.None;
    }
    /**
     * Indicates whether the pattern may match descendants of the specified path
     */
    partialMatch(itemPath) {
        // Normalize slashes and trim unnecessary trailing slash
        itemPath = safeTrimTrailingSeparator(itemPath);
        // matchOne does not handle root path correctly
        if (dirname(itemPath) === itemPath) {
            return this.rootRegExp.test(itemPath);
        }
        return this.minimatch.matchOne(itemPath.split(internal_pattern_IS_WINDOWS ? /\\+/ : /\/+/), this.minimatch.set[0], true);
    }
    /**
     * Escapes glob patterns within a path
     */
    static globEscape(s) {
        return (internal_pattern_IS_WINDOWS ? s : s.replace(/\\/g, '\\\\')) // escape '\' on Linux/macOS
            .replace(/(\[)(?=[^/]+\])/g, '[[]') // escape '[' when ']' follows within the path segment
            .replace(/\?/g, '[?]') // escape '?'
            .replace(/\*/g, '[*]'); // escape '*'
    }
    /**
     * Normalizes slashes and ensures absolute root
     */
    static fixupPattern(pattern, homedir) {
        // Empty
        external_assert_(pattern, 'pattern cannot be empty');
        // Must not contain `.` segment, unless first segment
        // Must not contain `..` segment
        const literalSegments = new Path(pattern).segments.map(x => Pattern.getLiteral(x));
        external_assert_(literalSegments.every((x, i) => (x !== '.' || i === 0) && x !== '..'), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
        // Must not contain globs in root, e.g. Windows UNC path \\foo\b*r
        external_assert_(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
        // Normalize slashes
        pattern = internal_path_helper_normalizeSeparators(pattern);
        // Replace leading `.` segment
        if (pattern === '.' || pattern.startsWith(`.${external_path_namespaceObject.sep}`)) {
            pattern = Pattern.globEscape(process.cwd()) + pattern.substr(1);
        }
        // Replace leading `~` segment
        else if (pattern === '~' || pattern.startsWith(`~${external_path_namespaceObject.sep}`)) {
            homedir = homedir || external_os_.homedir();
            external_assert_(homedir, 'Unable to determine HOME directory');
            external_assert_(hasAbsoluteRoot(homedir), `Expected HOME directory to be a rooted path. Actual '${homedir}'`);
            pattern = Pattern.globEscape(homedir) + pattern.substr(1);
        }
        // Replace relative drive root, e.g. pattern is C: or C:foo
        else if (internal_pattern_IS_WINDOWS &&
            (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', pattern.substr(0, 2));
            if (pattern.length > 2 && !root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(2);
        }
        // Replace relative root, e.g. pattern is \ or \foo
        else if (internal_pattern_IS_WINDOWS && (pattern === '\\' || pattern.match(/^\\[^\\]/))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', '\\');
            if (!root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(1);
        }
        // Otherwise ensure absolute root
        else {
            pattern = ensureAbsoluteRoot(Pattern.globEscape(process.cwd()), pattern);
        }
        return internal_path_helper_normalizeSeparators(pattern);
    }
    /**
     * Attempts to unescape a pattern segment to create a literal path segment.
     * Otherwise returns empty string.
     */
    static getLiteral(segment) {
        let literal = '';
        for (let i = 0; i < segment.length; i++) {
            const c = segment[i];
            // Escape
            if (c === '\\' && !internal_pattern_IS_WINDOWS && i + 1 < segment.length) {
                literal += segment[++i];
                continue;
            }
            // Wildcard
            else if (c === '*' || c === '?') {
                return '';
            }
            // Character set
            else if (c === '[' && i + 1 < segment.length) {
                let set = '';
                let closed = -1;
                for (let i2 = i + 1; i2 < segment.length; i2++) {
                    const c2 = segment[i2];
                    // Escape
                    if (c2 === '\\' && !internal_pattern_IS_WINDOWS && i2 + 1 < segment.length) {
                        set += segment[++i2];
                        continue;
                    }
                    // Closed
                    else if (c2 === ']') {
                        closed = i2;
                        break;
                    }
                    // Otherwise
                    else {
                        set += c2;
                    }
                }
                // Closed?
                if (closed >= 0) {
                    // Cannot convert
                    if (set.length > 1) {
                        return '';
                    }
                    // Convert to literal
                    if (set) {
                        literal += set;
                        i = closed;
                        continue;
                    }
                }
                // Otherwise fall thru
            }
            // Append
            literal += c;
        }
        return literal;
    }
    /**
     * Escapes regexp special characters
     * https://javascript.info/regexp-escaping
     */
    static regExpEscape(s) {
        return s.replace(/[[\\^$.|?*+()]/g, '\\$&');
    }
}
//# sourceMappingURL=internal-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-search-state.js
class SearchState {
    constructor(path, level) {
        this.path = path;
        this.level = level;
    }
}
//# sourceMappingURL=internal-search-state.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-globber.js
var internal_globber_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};
var __await = (undefined && undefined.__await) || function (v) { return this instanceof __await ? (this.v = v, this) : new __await(v); }
var __asyncGenerator = (undefined && undefined.__asyncGenerator) || function (thisArg, _arguments, generator) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var g = generator.apply(thisArg, _arguments || []), i, q = [];
    return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function () { return this; }, i;
    function awaitReturn(f) { return function (v) { return Promise.resolve(v).then(f, reject); }; }
    function verb(n, f) { if (g[n]) { i[n] = function (v) { return new Promise(function (a, b) { q.push([n, v, a, b]) > 1 || resume(n, v); }); }; if (f) i[n] = f(i[n]); } }
    function resume(n, v) { try { step(g[n](v)); } catch (e) { settle(q[0][3], e); } }
    function step(r) { r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r); }
    function fulfill(value) { resume("next", value); }
    function reject(value) { resume("throw", value); }
    function settle(f, v) { if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]); }
};








const internal_globber_IS_WINDOWS = process.platform === 'win32';
class DefaultGlobber {
    constructor(options) {
        this.patterns = [];
        this.searchPaths = [];
        this.options = getOptions(options);
    }
    getSearchPaths() {
        // Return a copy
        return this.searchPaths.slice();
    }
    glob() {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            var _a, e_1, _b, _c;
            const result = [];
            try {
                for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a = _f.done, !_a; _d = true) {
                    _c = _f.value;
                    _d = false;
                    const itemPath = _c;
                    result.push(itemPath);
                }
            }
            catch (e_1_1) { e_1 = { error: e_1_1 }; }
            finally {
                try {
                    if (!_d && !_a && (_b = _e.return)) yield _b.call(_e);
                }
                finally { if (e_1) throw e_1.error; }
            }
            return result;
        });
    }
    globGenerator() {
        return __asyncGenerator(this, arguments, function* globGenerator_1() {
            // Fill in defaults options
            const options = getOptions(this.options);
            // Implicit descendants?
            const patterns = [];
            for (const pattern of this.patterns) {
                patterns.push(pattern);
                if (options.implicitDescendants &&
                    (pattern.trailingSeparator ||
                        pattern.segments[pattern.segments.length - 1] !== '**')) {
                    patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat('**')));
                }
            }
            // Push the search paths
            const stack = [];
            for (const searchPath of getSearchPaths(patterns)) {
                core_debug(`Search path '${searchPath}'`);
                // Exists?
                try {
                    // Intentionally using lstat. Detection for broken symlink
                    // will be performed later (if following symlinks).
                    yield __await(external_fs_.promises.lstat(searchPath));
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        continue;
                    }
                    throw err;
                }
                stack.unshift(new SearchState(searchPath, 1));
            }
            // Search
            const traversalChain = []; // used to detect cycles
            while (stack.length) {
                // Pop
                const item = stack.pop();
                // Match?
                const match = internal_pattern_helper_match(patterns, item.path);
                const partialMatch = !!match || internal_pattern_helper_partialMatch(patterns, item.path);
                if (!match && !partialMatch) {
                    continue;
                }
                // Stat
                const stats = yield __await(DefaultGlobber.stat(item, options, traversalChain)
                // Broken symlink, or symlink cycle detected, or no longer exists
                );
                // Broken symlink, or symlink cycle detected, or no longer exists
                if (!stats) {
                    continue;
                }
                // Hidden file or directory?
                if (options.excludeHiddenFiles && external_path_namespaceObject.basename(item.path).match(/^\./)) {
                    continue;
                }
                // Directory
                if (stats.isDirectory()) {
                    // Matched
                    if (match & MatchKind.Directory && options.matchDirectories) {
                        yield yield __await(item.path);
                    }
                    // Descend?
                    else if (!partialMatch) {
                        continue;
                    }
                    // Push the child items in reverse
                    const childLevel = item.level + 1;
                    const childItems = (yield __await(external_fs_.promises.readdir(item.path))).map(x => new SearchState(external_path_namespaceObject.join(item.path, x), childLevel));
                    stack.push(...childItems.reverse());
                }
                // File
                else if (match & MatchKind.File) {
                    yield yield __await(item.path);
                }
            }
        });
    }
    /**
     * Constructs a DefaultGlobber
     */
    static create(patterns, options) {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            const result = new DefaultGlobber(options);
            if (internal_globber_IS_WINDOWS) {
                patterns = patterns.replace(/\r\n/g, '\n');
                patterns = patterns.replace(/\r/g, '\n');
            }
            const lines = patterns.split('\n').map(x => x.trim());
            for (const line of lines) {
                // Empty or comment
                if (!line || line.startsWith('#')) {
                    continue;
                }
                // Pattern
                else {
                    result.patterns.push(new Pattern(line));
                }
            }
            result.searchPaths.push(...getSearchPaths(result.patterns));
            return result;
        });
    }
    static stat(item, options, traversalChain) {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            // Note:
            // `stat` returns info about the target of a symlink (or symlink chain)
            // `lstat` returns info about a symlink itself
            let stats;
            if (options.followSymbolicLinks) {
                try {
                    // Use `stat` (following symlinks)
                    stats = yield external_fs_.promises.stat(item.path);
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        if (options.omitBrokenSymbolicLinks) {
                            core_debug(`Broken symlink '${item.path}'`);
                            return undefined;
                        }
                        throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
                    }
                    throw err;
                }
            }
            else {
                // Use `lstat` (not following symlinks)
                stats = yield external_fs_.promises.lstat(item.path);
            }
            // Note, isDirectory() returns false for the lstat of a symlink
            if (stats.isDirectory() && options.followSymbolicLinks) {
                // Get the realpath
                const realPath = yield external_fs_.promises.realpath(item.path);
                // Fixup the traversal chain to match the item level
                while (traversalChain.length >= item.level) {
                    traversalChain.pop();
                }
                // Test for a cycle
                if (traversalChain.some((x) => x === realPath)) {
                    core_debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
                    return undefined;
                }
                // Update the traversal chain
                traversalChain.push(realPath);
            }
            return stats;
        });
    }
}
//# sourceMappingURL=internal-globber.js.map
;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
// EXTERNAL MODULE: external "util"
var external_util_ = __nccwpck_require__(9023);
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-hash-files.js
var internal_hash_files_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var internal_hash_files_asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};






function hashFiles(globber_1, currentWorkspace_1) {
    return internal_hash_files_awaiter(this, arguments, void 0, function* (globber, currentWorkspace, verbose = false) {
        var _a, e_1, _b, _c;
        var _d;
        const writeDelegate = verbose ? core.info : core.debug;
        let hasMatch = false;
        const githubWorkspace = currentWorkspace
            ? currentWorkspace
            : ((_d = process.env['GITHUB_WORKSPACE']) !== null && _d !== void 0 ? _d : process.cwd());
        const result = crypto.createHash('sha256');
        let count = 0;
        try {
            for (var _e = true, _f = internal_hash_files_asyncValues(globber.globGenerator()), _g; _g = yield _f.next(), _a = _g.done, !_a; _e = true) {
                _c = _g.value;
                _e = false;
                const file = _c;
                writeDelegate(file);
                if (!file.startsWith(`${githubWorkspace}${path.sep}`)) {
                    writeDelegate(`Ignore '${file}' since it is not under GITHUB_WORKSPACE.`);
                    continue;
                }
                if (fs.statSync(file).isDirectory()) {
                    writeDelegate(`Skip directory '${file}'.`);
                    continue;
                }
                const hash = crypto.createHash('sha256');
                const pipeline = util.promisify(stream.pipeline);
                yield pipeline(fs.createReadStream(file), hash);
                result.write(hash.digest());
                count++;
                if (!hasMatch) {
                    hasMatch = true;
                }
            }
        }
        catch (e_1_1) { e_1 = { error: e_1_1 }; }
        finally {
            try {
                if (!_e && !_a && (_b = _f.return)) yield _b.call(_f);
            }
            finally { if (e_1) throw e_1.error; }
        }
        result.end();
        if (hasMatch) {
            writeDelegate(`Found ${count} files to hash.`);
            return result.digest('hex');
        }
        else {
            writeDelegate(`No matches found for glob`);
            return '';
        }
    });
}
//# sourceMappingURL=internal-hash-files.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/glob.js
var glob_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Constructs a globber
 *
 * @param patterns  Patterns separated by newlines
 * @param options   Glob options
 */
function create(patterns, options) {
    return glob_awaiter(this, void 0, void 0, function* () {
        return yield DefaultGlobber.create(patterns, options);
    });
}
/**
 * Computes the sha256 hash of a glob
 *
 * @param patterns  Patterns separated by newlines
 * @param currentWorkspace  Workspace used when matching files
 * @param options   Glob options
 * @param verbose   Enables verbose logging
 */
function glob_hashFiles(patterns_1) {
    return glob_awaiter(this, arguments, void 0, function* (patterns, currentWorkspace = '', options, verbose = false) {
        let followSymbolicLinks = true;
        if (options && typeof options.followSymbolicLinks === 'boolean') {
            followSymbolicLinks = options.followSymbolicLinks;
        }
        const globber = yield create(patterns, { followSymbolicLinks });
        return _hashFiles(globber, currentWorkspace, verbose);
    });
}
//# sourceMappingURL=glob.js.map
;// CONCATENATED MODULE: external "node:fs/promises"
const external_node_fs_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/lib/workspace/select.ts




/** At most this many files in one upload. */
const MAX_FILES = 100_000;
/** At most this many entries looked at by all the patterns' walks together (hidden ones and repeats included). */
const MAX_ENTRIES = 1_000_000;
const select_IS_WINDOWS = process.platform === 'win32';
async function selectFiles(patterns, options) {
    const input = options.input ?? 'path';
    const maxFiles = options.limits?.files ?? MAX_FILES;
    const maxEntries = options.limits?.entries ?? MAX_ENTRIES;
    const workspace = external_node_path_default().resolve(options.workspace);
    const realWorkspace = await (0,external_node_fs_promises_namespaceObject.realpath)(workspace);
    const lines = readLines(patterns, workspace, input);
    const taken = new Map();
    const searchPaths = new Set();
    const unmatched = [];
    // Hidden files met, each once: a set only when two walks may meet the same file.
    const includes = lines.filter((l) => !l.negate).length;
    const hidden = new Set();
    let hiddenSkipped = 0;
    let entries = 0;
    for (const [index, line] of lines.entries()) {
        if (line.negate)
            continue;
        // One walk per include line, with the excludes written after it (an exclude acts on the lines above it): the
        // union of these walks is what the whole list matches, and each walk says whether its line matched anything.
        const excludes = lines.slice(index + 1).filter((l) => l.negate);
        const globber = await createGlobber([line, ...excludes], input);
        let matched = false;
        for await (const found of globber.globGenerator()) {
            if (++entries > maxEntries) {
                throw new InputError(input, `makes the action look at more than ${maxEntries} files and folders; narrow it`);
            }
            const relative = insideOrThrow(workspace, found, input);
            if (isHidden(relative) && !options.includeHidden) {
                const isFolder = (await (0,external_node_fs_promises_namespaceObject.lstat)(found).catch(() => undefined))?.isDirectory() ?? true;
                if (!isFolder && (includes === 1 || !hidden.has(found))) {
                    hiddenSkipped++;
                    if (includes > 1)
                        hidden.add(found);
                }
                continue;
            }
            const file = taken.get(found) ?? (await regularFile(found, relative, realWorkspace, input));
            if (!file)
                continue;
            matched = true;
            if (!taken.has(found)) {
                taken.set(found, file);
                if (taken.size > maxFiles) {
                    throw new InputError(input, `matches more than ${maxFiles} files (the most one upload takes); narrow it`);
                }
            }
        }
        if (matched)
            searchPaths.add(globber.getSearchPaths()[0] ?? workspace);
        else
            unmatched.push(line.text);
    }
    const root = roomRoot([...searchPaths], [...taken.keys()]);
    // Byte order of the UTF-8 names (code point order), which JavaScript's own string order is not.
    const files = [...taken]
        .map(([found, file]) => ({ ...file, roomPath: toRoomPath(root, found) }))
        .map((file) => ({ file, key: Buffer.from(file.roomPath, 'utf8') }))
        .sort((a, b) => Buffer.compare(a.key, b.key))
        .map(({ file }) => file);
    return { files, unmatched, hiddenSkipped };
}
/** The pattern lines, each rooted at the workspace; refuses a pattern that leaves it. */
function readLines(patterns, workspace, input) {
    const lines = [];
    for (const raw of patterns.split(/\r?\n|\r/)) {
        const text = raw.trim();
        if (!text || text.startsWith('#'))
            continue;
        let rest = text;
        let negate = false;
        while (rest.startsWith('!')) {
            negate = !negate;
            rest = rest.slice(1).trim();
        }
        if (!rest)
            throw new InputError(input, `has the line "${text}", which excludes nothing: a pattern must follow "!"`);
        lines.push({ text, negate, rooted: rootAt(workspace, rest, text, input) });
    }
    return lines;
}
function rootAt(workspace, pattern, text, input) {
    const outside = (why) => new InputError(input, `has the pattern "${text}", which ${why}; patterns stay inside the workspace (${workspace})`);
    const separators = select_IS_WINDOWS ? /[\\/]/ : /\//;
    if (pattern.split(separators).some((segment) => segment === '..'))
        throw outside('climbs out with ".."');
    if (pattern === '~' || pattern.startsWith('~/') || (select_IS_WINDOWS && pattern.startsWith('~\\'))) {
        throw outside('starts at the home folder');
    }
    if (external_node_path_default().isAbsolute(pattern)) {
        const escaped = globEscape(workspace);
        const under = [workspace, escaped].some((w) => pattern === w || pattern.startsWith(w.endsWith((external_node_path_default()).sep) ? w : w + (external_node_path_default()).sep));
        if (!under || (select_IS_WINDOWS && /^[\\/]{2}/.test(pattern)))
            throw outside('is an absolute path outside it');
        return pattern;
    }
    if (select_IS_WINDOWS && /^[a-z]:/i.test(pattern))
        throw outside('names a drive');
    let relative = pattern;
    while (relative.startsWith('./') || (select_IS_WINDOWS && relative.startsWith('.\\')))
        relative = relative.slice(2);
    if (relative === '.' || relative === '')
        return globEscape(workspace);
    return `${globEscape(workspace)}${(external_node_path_default()).sep}${relative}`;
}
/** Escapes a literal path for a glob, as @actions/glob escapes the working folder. */
function globEscape(literal) {
    return (select_IS_WINDOWS ? literal : literal.replace(/\\/g, '\\\\'))
        .replace(/\[/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
async function createGlobber(lines, input) {
    const text = lines.map((l) => (l.negate ? `!${l.rooted}` : l.rooted)).join('\n');
    try {
        return await create(text, {
            followSymbolicLinks: false,
            implicitDescendants: true,
            matchDirectories: true,
            omitBrokenSymbolicLinks: true,
            // The walk sees hidden files so that they are counted, and judged by every segment (see the top of the file).
            excludeHiddenFiles: false
        });
    }
    catch (error) {
        const problem = error instanceof Error ? error.message : String(error);
        throw new InputError(input, `has a pattern @actions/glob cannot read: ${problem}`);
    }
}
/** The path below the workspace, '/'-separated; refuses anything the walk found outside it. */
function insideOrThrow(workspace, found, input) {
    const relative = external_node_path_default().relative(workspace, found);
    if (!isBelow(relative))
        throw new InputError(input, `matched "${found}", which is outside the workspace`);
    return relative.split((external_node_path_default()).sep).join('/');
}
/** True when a path from path.relative stays inside (or is) its base. */
function isBelow(relative) {
    return !external_node_path_default().isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`);
}
function isHidden(relative) {
    return relative.split('/').some((segment) => segment.startsWith('.'));
}
/**
 * The file to read for a found path, or undefined when it is not one to take (a folder, a link to a folder, a
 * dangling link, a device, a socket, a pipe). Refuses anything whose real path is outside the workspace.
 */
async function regularFile(found, relative, realWorkspace, input) {
    const own = await (0,external_node_fs_promises_namespaceObject.lstat)(found).catch(() => undefined);
    if (!own || own.isDirectory())
        return undefined;
    if (!own.isSymbolicLink() && !own.isFile())
        return undefined;
    let real;
    try {
        real = await (0,external_node_fs_promises_namespaceObject.realpath)(found);
    }
    catch {
        return undefined; // a dangling link: nothing to read
    }
    if (!isBelow(external_node_path_default().relative(realWorkspace, real))) {
        const what = own.isSymbolicLink() ? 'a symbolic link' : 'reached through a symbolic link';
        throw new InputError(input, `takes "${relative}", ${what} to "${real}" outside the workspace; links are never followed out of it`);
    }
    // A link to a file inside the workspace is taken as that file; a link to a folder is not entered.
    const target = own.isSymbolicLink() ? await (0,external_node_fs_promises_namespaceObject.stat)(real).catch(() => undefined) : own;
    if (!target?.isFile())
        return undefined;
    return { absolute: real, size: target.size };
}
/** The folder the room's paths start from: see the top of the file. */
function roomRoot(searchPaths, files) {
    const [only] = files;
    if (files.length === 1 && searchPaths.length === 1 && only !== undefined && searchPaths[0] === only) {
        return external_node_path_default().dirname(only);
    }
    const [first, ...others] = searchPaths.map((p) => external_node_path_default().normalize(p).split((external_node_path_default()).sep));
    if (!first)
        return (external_node_path_default()).sep;
    let common = first.length;
    for (const other of others) {
        let i = 0;
        while (i < common && i < other.length && other[i] === first[i])
            i++;
        common = i;
    }
    let root = first.slice(0, common).join((external_node_path_default()).sep);
    if (root === '' || (select_IS_WINDOWS && /^[a-z]:$/i.test(root)))
        root += (external_node_path_default()).sep;
    // A root that is itself a taken file (two patterns naming the same file) gives way to its folder.
    return files.includes(root) ? external_node_path_default().dirname(root) : root;
}
function toRoomPath(root, found) {
    return external_node_path_default().relative(root, found).split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/operations/room-tree.ts
// A room's folders and files as paths, the shared ground of upload and download.


/** The room's tree with every folder's path, built once from the two recursive scans. */
class RoomTree {
    roomId;
    folders;
    files;
    children = new Map();
    made = new Map();
    byFolderAndTitle;
    constructor(roomId, folders, files) {
        this.roomId = roomId;
        this.folders = folders;
        this.files = files;
        for (const folder of folders) {
            const key = String(folder.parentId);
            this.children.set(key, [...(this.children.get(key) ?? []), folder]);
        }
    }
    static async read(client, roomId) {
        const tree = await listTree(client, roomId);
        return new RoomTree(roomId, tree.folders, tree.files);
    }
    /**
     * The folder at a path of titles, or undefined. Two folders of one title can exist (DocSpace makes a second one when
     * asked twice, or two runs made it at once): the one with the lowest id is taken, so every run picks the same one.
     */
    find(path) {
        let id = this.roomId;
        for (const title of path) {
            const match = (this.children.get(String(id)) ?? [])
                .filter((f) => sameTitle(f.title, title))
                .sort((a, b) => compareIds(a.id, b.id))[0];
            if (!match)
                return undefined;
            id = match.id;
        }
        return id;
    }
    /** The folder at a path, made (with its parents) when missing; each folder is made once however many files ask. */
    ensure(client, path) {
        const key = path.join('/').toLowerCase();
        let pending = this.made.get(key);
        if (!pending) {
            pending = (async () => {
                const found = this.find(path);
                if (found !== undefined)
                    return found;
                const parent = await this.ensure(client, path.slice(0, -1));
                await createFolder(client, parent, path.at(-1));
                // Another run may have made a folder of the same name meanwhile: the parent is read again, and every run
                // takes the lowest id, which the run that made its folder second always sees.
                this.children.set(String(parent), await listSubfolders(client, parent));
                const settled = this.find(path);
                if (settled === undefined)
                    throw new Error(`DocSpace does not list the folder "${path.join('/')}" it just made`);
                return settled;
            })();
            this.made.set(key, pending);
        }
        return pending;
    }
    /** Every file below a folder, with its path of titles from there; files whose folder chain is broken are left out. */
    filesUnder(baseId) {
        const pathOf = new Map([[String(baseId), []]]);
        const parentOf = new Map(this.folders.map((f) => [String(f.id), f]));
        const resolve = (id) => {
            // Walked without recursion and with a bound, so that a portal's loop of parents cannot hang the run.
            const chain = [];
            let at = id;
            for (let depth = 0; !pathOf.has(at); depth++) {
                const folder = parentOf.get(at);
                if (!folder || depth > this.folders.length)
                    return null;
                chain.push(folder);
                at = String(folder.parentId);
            }
            let path = pathOf.get(at) ?? null;
            for (const folder of chain.reverse()) {
                path = path && [...path, folder.title];
                pathOf.set(String(folder.id), path);
            }
            return path;
        };
        const out = [];
        for (const file of this.files) {
            const path = resolve(String(file.folderId));
            if (path)
                out.push({ file, segments: [...path, file.title] });
        }
        return out;
    }
    /** The current file of this title directly in the folder (ignoring case, as DocSpace matches on upload). */
    fileIn(folderId, title) {
        // Indexed once, so that comparing a large tree with a large upload stays linear.
        if (!this.byFolderAndTitle) {
            this.byFolderAndTitle = new Map();
            for (const f of this.files) {
                const key = `${String(f.folderId)}/${f.title.toLowerCase()}`;
                const seen = this.byFolderAndTitle.get(key);
                if (!seen || compareIds(f.id, seen.id) < 0)
                    this.byFolderAndTitle.set(key, f);
            }
        }
        return this.byFolderAndTitle.get(`${String(folderId)}/${title.toLowerCase()}`);
    }
}
function compareIds(a, b) {
    return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

;// CONCATENATED MODULE: ./src/operations/upload.ts
// Upload: a workspace tree into a room as versions, skipping what did not change. DocSpace keeps no content hash
// (FILES-FACTS §1.4), so the action writes one into the version comment of what it uploads and compares the next run's
// files with it: a re-run over unchanged files sends no upload and adds no version.









/** What the action writes as a version's comment: its name and the sha256 of the bytes it uploaded. */
const MARKER = 'docspace-rooms-action sha256:';
async function upload(ctx) {
    const prepared = await prepareUpload(ctx);
    const room = await targetRoom(ctx);
    const { files, failures } = prepared ? await sendUpload(ctx, room, prepared) : { files: [], failures: [] };
    const written = files.some((f) => f.result === 'uploaded' || f.result === 'updated' || f.result === 'deleted');
    return { result: ctx.config.dryRun ? 'dry-run' : written ? 'uploaded' : 'unchanged', room, files, failures };
}
/** Reads what `path` matches, or undefined when the step uploads nothing (no path given, or nothing matched). */
async function prepareUpload(ctx) {
    const docs = ctx.config.documents;
    const config = docs?.upload;
    if (!docs || !config)
        return undefined;
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const selection = await selectFiles(config.patterns, { workspace, includeHidden: config.includeHidden });
    if (selection.files.length === 0) {
        const message = `No file matched path; nothing was uploaded${config.deleteMissing ? ' and nothing deleted' : ''}`;
        if (config.ifNoFilesFound === 'error')
            throw new InputError('path', 'matched no file (if-no-files-found: error)');
        if (config.ifNoFilesFound === 'warn')
            ctx.warn(message);
        else
            ctx.log(message);
        return undefined;
    }
    const planned = plan(selection.files, docs.folder);
    const hashes = await mapWithConcurrency(planned, 4, (p) => hashFile(p.local.absolute));
    return { base: docs.folder, config, planned, hashes };
}
/** Compares the prepared files with the room and writes what changed. Used by upload, and by create for the room it
 * made, reused or restored. */
async function sendUpload(ctx, room, prepared) {
    const { base, config, planned, hashes } = prepared;
    const tree = await RoomTree.read(ctx.client, room.id);
    const dryRun = ctx.config.dryRun;
    const failures = [];
    const withHashes = planned.map((p, i) => ({ ...p, sha256: hashes[i].sha256 }));
    const results = await mapWithConcurrency(withHashes, ctx.config.concurrency, async (p) => {
        const marker = `${MARKER}${p.sha256}`;
        const folderId = dryRun ? tree.find(p.folder) : await tree.ensure(ctx.client, p.folder);
        const existing = folderId === undefined ? undefined : tree.fileIn(folderId, p.title);
        const found = { path: p.path, title: existing?.title ?? p.title };
        if (existing && existing.comment === marker) {
            return {
                ...found,
                id: existing.id,
                version: existing.version,
                url: fileUrl(ctx.config.portalUrl, existing.id),
                result: 'unchanged'
            };
        }
        if (dryRun)
            return { ...found, id: existing?.id, result: existing ? 'would-update' : 'would-upload' };
        if (existing && !existing.comment?.startsWith(MARKER)) {
            ctx.warn(`${p.path} was changed in DocSpace since this action last uploaded it (its version ${existing.version} was not uploaded by the action); it is uploaded as a new version, and DocSpace keeps version ${existing.version} in the file's history`);
        }
        try {
            const uploaded = await uploadFile(ctx.client, folderId, {
                path: p.local.absolute,
                size: p.local.size,
                title: p.title
            });
            await setVersionComment(ctx.client, uploaded.id, uploaded.version, marker);
            return {
                path: p.path,
                id: uploaded.id,
                title: uploaded.title,
                version: uploaded.version,
                url: fileUrl(ctx.config.portalUrl, uploaded.id),
                result: existing ? 'updated' : 'uploaded'
            };
        }
        catch (error) {
            failures.push(`${p.path} was not uploaded: ${error instanceof Error ? error.message : String(error)}`);
            return { ...found, id: existing?.id, version: existing?.version, result: 'unchanged' };
        }
    });
    // Files in the room are deleted only after every upload of the run went through (rclone's rule).
    if (failures.length > 0) {
        if (config.deleteMissing)
            ctx.warn(`delete-missing did nothing: ${failures.length} file${failures.length === 1 ? '' : 's'} failed to upload`);
        say(ctx, results);
        return { files: order(results), failures };
    }
    if (config.deleteMissing)
        results.push(...(await deleteMissing(ctx, tree, base, planned)));
    say(ctx, results);
    return { files: order(results), failures };
}
/** Each local file's place in the room; two that DocSpace would keep as one file are an input error naming both. */
function plan(files, base) {
    const seen = new Map();
    return files.map((local) => {
        const segments = local.roomPath.split('/');
        const folder = [...base, ...segments.slice(0, -1).map(storedFolderTitle)];
        const title = storedFileTitle(segments.at(-1));
        const key = [...folder, title].join('/').toLowerCase();
        const other = seen.get(key);
        if (other) {
            throw new InputError('path', `matched "${other.roomPath}" and "${local.roomPath}", which DocSpace would keep as one file "${title}" (it ignores case and rewrites some characters); rename or exclude one`);
        }
        seen.set(key, local);
        return { local, folder, title, path: [...segments.slice(0, -1), title].join('/') };
    });
}
/** Files under the base folder that this upload does not have go to DocSpace's trash, from where they can be
 * restored; never after a failed request (the caller stops before) and never when nothing matched. */
async function deleteMissing(ctx, tree, base, planned) {
    const baseId = tree.find(base);
    if (baseId === undefined)
        return [];
    const kept = new Set(planned.map((p) => p.path.toLowerCase()));
    const missing = tree.filesUnder(baseId).filter((f) => !kept.has(f.segments.join('/').toLowerCase()));
    const results = missing.map((f) => ({
        path: f.segments.join('/'),
        id: f.file.id,
        title: f.file.title,
        version: f.file.version,
        result: ctx.config.dryRun ? 'would-delete' : 'deleted'
    }));
    if (!ctx.config.dryRun && missing.length > 0)
        await trashFiles(ctx.client, missing.map((f) => f.file.id));
    return results;
}
/** Changed files first, then the rest, each group by path. */
function order(results) {
    const rank = (r) => (r.result === 'unchanged' ? 1 : 0);
    return [...results].sort((a, b) => rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** "Uploaded 3 files, updated 2, 41 unchanged": the first count names its noun, the others share it. */
function filesSentence(results) {
    const n = (kind) => results.filter((r) => r.result === kind).length;
    const parts = [
        [n('uploaded'), 'uploaded #'],
        [n('updated'), 'updated #'],
        [n('deleted'), 'moved # to the trash'],
        [n('would-upload'), 'would upload #'],
        [n('would-update'), 'would update #'],
        [n('would-delete'), 'would move # to the trash'],
        [n('downloaded'), 'downloaded #'],
        [n('unchanged'), '# unchanged']
    ];
    const said = parts.filter(([count]) => count > 0);
    if (said.length === 0)
        return 'No file was matched';
    const text = said
        .map(([count, words], i) => words.replace('#', i === 0 ? `${count} file${count === 1 ? '' : 's'}` : String(count)))
        .join(', ');
    return `${text[0].toUpperCase()}${text.slice(1)}`;
}
function say(ctx, results) {
    ctx.log(`${filesSentence(results)}${ctx.config.dryRun ? '; nothing was changed (dry run)' : ''}`);
}

;// CONCATENATED MODULE: ./src/docspace/sharing-answers.ts


/**
 * The shapes of DocSpace's membership, link and people answers that the action reads (DocSpace-server v3.7.2), checked
 * like the others in answers.ts: lenient on fields the action does not read, strict on those it does. DocSpace leaves
 * null fields out of its JSON (`WhenWritingNull`, DynamicIgnoreResolver.cs:177), so an absent object is a null one.
 */
/** A user ID: a GUID, as System.Text.Json writes one. It goes back into request bodies, so nothing else is taken. */
const UserId = pipe(string(), regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a user ID (a GUID)'));
const Whole = pipe(number(), integer());
/** A profile (`EmployeeFullDto`, EmployeeFullDto.cs:365-373): who it is and the type that decides room-manager. Only
 * these fields are kept (an object schema drops the others): a member list holds one for every member. */
const sharing_answers_UserAnswer = object({
    id: UserId,
    displayName: string(),
    email: string(),
    isOwner: dist_boolean(),
    isAdmin: dist_boolean(),
    isRoomAdmin: dist_boolean()
});
/**
 * One entry of a room's share list (`FileShareDto`, FileShareDto.cs:40-64): a user, a group or a link. The owner is
 * listed first, as access 1 (ReadWrite) with `isOwner` (FileSharing.cs:1054-1094). Only the fields read are kept.
 */
const ShareAnswer = object({
    access: Whole,
    isOwner: dist_boolean(),
    // SubjectType: 0 user, 1 external link, 2 group, 3 invitation link, 4 primary external link.
    subjectType: Whole,
    sharedToUser: optional(sharing_answers_UserAnswer),
    // Read only to tell a new page from one seen before: DocSpace lists groups with users (filterType 0).
    sharedToGroup: optional(object({ id: optional(string()) })),
    sharedLink: optional(object({ id: optional(string()) }))
});
/** One page of `GET rooms/{id}/share` (VirtualRoomsController.cs:574-588). */
const SharePageAnswer = array(ShareAnswer);
/**
 * `PUT rooms/{id}/share` (`RoomSecurityDto`, RoomAccessDto.cs:39-70): the shares of the subjects sent, and what went
 * wrong: `warning` when an invitation was skipped (FileSharing.cs:298-303, HTTP 200), `error` 1 when a form role kept
 * a member from being removed and nothing was applied (VirtualRoomsController.cs:534-542).
 */
const RoomSecurityAnswer = looseObject({
    // Not read: it lacks e-mail invitees (VirtualRoomsController.cs:561-563), so the list is read again; absent when
    // `error` returns before anything is applied (:534-542, null left out).
    members: optional(array(ShareAnswer)),
    warning: optional(string()),
    error: Whole
});
/** DocSpace's short link, `<portal>/s/<key>` (UrlShortener.cs:91, 110; UrlShortRewriter.cs:41). */
const SHORT_LINK = /^\/s\/[A-Za-z0-9_-]+$/;
/**
 * Why an external link is not one the action passes on, or undefined when it is. DocSpace writes it on the host
 * the request came to, or on the tenant's own domain when that host is a loopback (BaseCommonLinkUtility.cs
 * ServerRootPath), shortened to `/s/<key>`, or by Bitly when the portal is set up for it (UrlShortener.cs:43-58).
 * So the link is taken on portal-url's host, in the short form on another host (the tenant's domain, when the
 * runner reaches the portal by another name), or on bit.ly; never with a user name or password in it, which a
 * reader would not see for what it is. A host other than portal-url's is one the action cannot vouch for, so there
 * only https is taken: over plain http anyone on the way could swap the page a reader lands on (a sign-in page
 * asking for their DocSpace password, say). On portal-url's own host the scheme is the portal's business: one
 * behind a proxy that ends TLS may well write http links.
 */
function linkProblem(link, portalUrl) {
    const url = new URL(link);
    if (url.username || url.password)
        return 'with a user name or password in it';
    if (url.hostname === new URL(portalUrl).hostname)
        return undefined;
    if (url.protocol !== 'https:') {
        return `over ${url.protocol.slice(0, -1)} on ${url.hostname} (a host other than portal-url's, taken over https only)`;
    }
    if (SHORT_LINK.test(url.pathname) && !url.search && !url.hash)
        return undefined;
    if (url.hostname === 'bit.ly')
        return undefined;
    return `on ${url.hostname}, neither portal-url's host nor DocSpace's short link (…/s/<key>)`;
}
/** `GET rooms/{id}/link`: the primary external link (`FileShareDto.sharedLink`, FileShareDto.cs:124-205). */
const PrimaryLinkAnswer = looseObject({
    sharedLink: looseObject({ shareLink: WebLink })
});

;// CONCATENATED MODULE: ./src/docspace/sharing.ts






/** Membership, links and people in DocSpace's own vocabulary; one function per call. */
const sharing_ROOMS = 'api/2.0/files/rooms';
/** `SubjectType.User` (SubjectType.cs): the entries of a share list that are people, not groups or links. */
const SUBJECT_USER = 0;
/** Share-list pages read at most for one room: 100,000 entries, far more than a room has. */
const MAX_SHARE_PAGES = 1000;
/**
 * Bytes of share-list pages read for one room, as for the room listing (rooms.ts): DocSpace lists each member with
 * their profile whole, about 1.5 KB, so this reads some 10,000 members. Of each only what the action reads is kept
 * (sharing-answers.ts), but a portal that keeps giving new members would otherwise be read until MAX_SHARE_PAGES: 2.1
 * GB for one run, when every member held everything a profile can.
 */
const MAX_SHARE_LIST_BYTES = 16 * 1024 * 1024;
/**
 * Every user with access to the room, the owner first, 100 a page. The list is read until a page comes back short or
 * brings no user, group or link not seen before, so a portal's paging cannot draw requests without end. Groups
 * and links are left out.
 */
async function listShares(client, roomId) {
    const path = `${sharing_ROOMS}/${segment(roomId)}/share`;
    const users = new Map();
    const seen = new Set();
    const budget = {
        limit: MAX_SHARE_LIST_BYTES,
        used: 0,
        what: `room ${roomId}'s members`,
        likelyCause: 'the portal keeps giving new members, or the room has more than one run reads; no further page was asked for'
    };
    for (let page = 0, startIndex = 0;; page++) {
        if (page >= MAX_SHARE_PAGES) {
            throw new DocSpaceError({
                request: `GET /${path}`,
                malformed: `with more members than ${MAX_SHARE_PAGES} pages hold`,
                likelyCause: 'the portal keeps giving members; no further page was asked for'
            });
        }
        const entries = await client.call({ method: 'GET', path, query: { startIndex, count: rooms_PAGE_SIZE }, retry: 'always', budget }, SharePageAnswer);
        // A page brings something new when it has a user, group or link not seen before, or an entry that cannot be
        // told apart: a full page of groups is not the end of the list, the users may follow.
        let fresh = false;
        for (const entry of entries) {
            const user = entry.sharedToUser;
            const key = user?.id ?? entry.sharedToGroup?.id ?? entry.sharedLink?.id;
            if (key === undefined)
                fresh = true;
            else if (!seen.has(key)) {
                seen.add(key);
                fresh = true;
            }
            if (entry.subjectType !== SUBJECT_USER || !user || users.has(user.id))
                continue;
            users.set(user.id, { ...entry, sharedToUser: user });
        }
        if (entries.length < rooms_PAGE_SIZE || !fresh)
            break;
        startIndex += entries.length;
    }
    return [...users.values()];
}
/** DocSpace's words for `RoomSecurityError` values (RoomAccessDto.cs:60-70). */
const ROOM_SECURITY_ERRORS = { 1: 'Form role blocking deletion' };
/**
 * Sets access in one request. DocSpace answers HTTP 200 also when it skipped an invitation (a `warning`) or applied
 * nothing (`error`); either fails here with DocSpace's words. Sending the same again changes nothing: DocSpace skips
 * a share that is already as asked (FileSharing.cs:322), so the request is safe to repeat.
 */
async function setShares(client, roomId, request) {
    const path = `${sharing_ROOMS}/${segment(roomId)}/share`;
    const body = { invitations: request.invitations, notify: request.notify };
    if (request.message)
        body.message = request.message;
    const answer = await client.call({ method: 'PUT', path, body, retry: 'always' }, RoomSecurityAnswer);
    const label = `PUT /${path}`;
    if (answer.error !== 0) {
        throw new DocSpaceError({
            request: label,
            status: 200,
            docspaceMessage: ROOM_SECURITY_ERRORS[answer.error] ?? `error ${answer.error}`,
            likelyCause: answer.error === 1
                ? 'a member to be removed holds a role in a form of this virtual data room; DocSpace changed nothing in the room'
                : 'DocSpace refused the change; it changed nothing in the room'
        });
    }
    if (answer.warning) {
        throw new DocSpaceError({
            request: label,
            status: 200,
            docspaceMessage: answer.warning,
            likelyCause: "DocSpace could not invite an e-mail it does not know as a guest (the portal's user quota is full, the key's user may not invite guests, or the e-mail belongs to an account elsewhere) and skipped that invitation; the other changes were applied"
        });
    }
    return answer;
}
/**
 * The room's primary external link. DocSpace makes one on this GET when the room has none (FileStorageService.cs
 * 3989-4024); only custom, public and form-filling rooms have external links.
 */
async function primaryExternalLink(client, roomId, portalUrl) {
    const path = `${sharing_ROOMS}/${segment(roomId)}/link`;
    const answer = await client.call({ method: 'GET', path, retry: 'always' }, nullable(PrimaryLinkAnswer));
    if (!answer) {
        throw new DocSpaceError({
            request: `GET /${path}`,
            malformed: 'without a link (response is null)',
            likelyCause: "the key's user may not make the room's external link"
        });
    }
    const link = answer.sharedLink.shareLink;
    const problem = linkProblem(link, portalUrl);
    if (problem) {
        throw new DocSpaceError({
            request: `GET /${path}`,
            malformed: `with response.sharedLink.shareLink ${problem}, where an http(s) link to the portal was expected`,
            likelyCause: 'portal-url points at something other than the DocSpace portal, or the portal hands out links elsewhere; the link was not passed on'
        });
    }
    return link;
}
/**
 * The DocSpace user with this e-mail, or undefined when there is none (HTTP 404, UserController.cs:1050-1070). Needs
 * the key's `accounts:read` scope.
 */
async function findUserByEmail(client, email) {
    let user;
    try {
        user = await client.call({ method: 'GET', path: 'api/2.0/people/email', query: { email }, retry: 'always' }, sharing_answers_UserAnswer);
    }
    catch (error) {
        // DocSpace's own "user not found", not a 404 page of something else at portal-url.
        if (error instanceof DocSpaceError && error.status === 404 && error.details.docspaceMessage !== undefined)
            return undefined;
        throw error;
    }
    // Its ID is what gets access: someone else's profile would give it to someone else.
    if (user.email.toLowerCase() !== email.toLowerCase()) {
        throw new DocSpaceError({
            request: 'GET /api/2.0/people/email',
            malformed: `for ${maskEmails(email)} with the profile of ${maskEmails(user.email)}`,
            likelyCause: 'portal-url points at something other than a DocSpace portal this action supports (version 3.x)'
        });
    }
    return user;
}

;// CONCATENATED MODULE: ./src/operations/membership.ts







/**
 * Where a member came from, for the log: a line of members is named by its number only, since the line may hold an
 * e-mail address and the log of a public repository is public; the pull request's people by login.
 */
function source(member) {
    if (member.input === 'members')
        return `members ${/^line \d+/.exec(member.where)?.[0] ?? member.where}`;
    return `the pull request's ${member.where.replace(/^\((.*)\)$/, '$1')}`;
}
/** The room's members, when the step will need them: read beside the room itself. */
function readMembersIfNamed(ctx, roomId) {
    return ctx.config.sharing.members.length > 0 ? listShares(ctx.client, roomId) : Promise.resolve(undefined);
}
/** Whether the step does anything to the room's members or link. */
function sharesRoom(ctx) {
    return ctx.config.sharing.members.length > 0 || ctx.config.sharing.externalLink;
}
function roomTypeName(value) {
    return ROOM_TYPES.find((t) => t.value === value)?.name ?? (value === 9 ? 'AI' : `type ${value}`);
}
/**
 * What can be told from the room alone, right after reading it and before anything is written: whether its type takes
 * every access asked for and has an external link, and whether it is archived (DocSpace changes no member or link of
 * an archived room, FileSecurity.cs:1752-1764).
 */
function checkRoom(ctx, room, beforeUnarchiving = false) {
    const { sharing } = ctx.config;
    const type = roomTypeName(room.roomType);
    if (sharing.externalLink && !ROOM_TYPES_WITH_EXTERNAL_LINKS.includes(room.roomType ?? -1)) {
        throw new InputError('external-link', externalLinkProblem(`room ${room.id} is a ${type} room, which has`));
    }
    for (const member of sharing.members) {
        const problem = accessProblem(member.access, room.roomType ?? -1, `room ${room.id} is a ${type} room, which`);
        if (!problem)
            continue;
        if (member.input === 'members')
            throw new InputError('members', `${member.where} cannot be applied: ${problem}`);
        throw new InputError('pull-request-access', `is ${member.access.name}, which cannot be applied: ${problem}`);
    }
    if (isArchived(room) && !beforeUnarchiving && sharesRoom(ctx)) {
        throw new InputError(sharing.members.length > 0 ? 'members' : 'external-link', `cannot be applied: room ${room.id} is archived, and DocSpace changes no member or link of an archived room; unarchive it first`);
    }
}
/**
 * Looks up, by e-mail, the people to be made room managers who are not members yet: DocSpace takes RoomManager only
 * by user ID (an e-mail invitation is checked as if for a guest, FileSharing.cs:263-270 with UserExtensions.cs:141-146),
 * and only for DocSpace admins and room admins. Someone who cannot be one fails the step here, before anything is
 * written.
 */
async function lookUpManagers(ctx, members) {
    const inRoom = new Set(members.map((m) => m.sharedToUser.email.toLowerCase()));
    const wanted = ctx.config.sharing.members.filter((m) => m.access.value === ACCESS.roomManager && !inRoom.has(m.email.toLowerCase()));
    const found = await mapWithConcurrency(wanted, ctx.config.concurrency, async (member) => {
        const user = await findUserByEmail(ctx.client, member.email);
        if (!user) {
            throw new InputError(blamed(member), `${member.where} cannot be applied: no DocSpace user has this e-mail, and DocSpace makes room managers only of its admins and room admins (an unknown e-mail would become a guest)`);
        }
        checkManager(member, user);
        return [member.email.toLowerCase(), user];
    });
    return new Map(found);
}
/** The input a member's problem is reported against: their line of members, or the access the pull request's people get. */
function blamed(member) {
    return member.input === 'members' ? 'members' : 'pull-request-access';
}
function checkManager(member, user) {
    if (mayManageRooms(user))
        return;
    // DocSpace gives the e-mail as the name of someone who has set none; the log masks an address wherever it is.
    const name = maskEmails(user.displayName.trim());
    throw new InputError(blamed(member), `${member.where} cannot be applied: ${name || 'this user'} is not a DocSpace admin or room admin, and DocSpace makes room managers only of those (give another access, or change the user's type in DocSpace)`);
}
/** Reads the room's members and works out what to send; a line that cannot work fails here, before anything is written. */
async function planSharing(ctx, room, read) {
    checkRoom(ctx, room);
    if (ctx.config.sharing.members.length === 0)
        return { room, invitations: [], changes: [] };
    const before = read ?? (await listShares(ctx.client, room.id));
    const managers = await lookUpManagers(ctx, before);
    return membership_plan(ctx, room, before, managers);
}
/**
 * The changes that bring the named people to the access asked for, and nothing else: members not named are left
 * alone, and someone who already has the access asked for is not sent at all, so a re-run changes nothing and DocSpace
 * mails nobody. Access goes by number; removal and room-manager by user ID (a removal by e-mail does nothing in
 * DocSpace, FileSharing.cs:273).
 */
function membership_plan(ctx, room, before, managers) {
    const invitations = [];
    const changes = [];
    const byEmail = new Map((before ?? []).map((s) => [s.sharedToUser.email.toLowerCase(), s]));
    for (const member of ctx.config.sharing.members) {
        const key = member.email.toLowerCase();
        const current = byEmail.get(key);
        const wanted = member.access.value;
        const label = origin(member);
        const from = source(member);
        const who = current && `${personName(current.sharedToUser.displayName)} (${from})`;
        if (current?.isOwner) {
            // The owner has every right in the room, and DocSpace lists no share of theirs to change.
            if (wanted === ACCESS.roomManager || member.input === 'pull-request-members') {
                ctx.log(`${who}: the room's owner; left as owner`);
                continue;
            }
            throw new InputError('members', `${member.where} cannot be applied: this is room ${room.id}'s owner, whose access DocSpace does not change`);
        }
        if (wanted === ACCESS.none) {
            if (!current) {
                ctx.log(`${from}: not a member; nothing to remove`);
                continue;
            }
            invitations.push({ id: current.sharedToUser.id, access: ACCESS.none });
            changes.push({
                email: key,
                access: undefined,
                was: current.access,
                name: current.sharedToUser.displayName,
                source: from,
                line: `${label}: removed (was ${accessName(current.access)})`
            });
            continue;
        }
        if (current) {
            if (current.access === wanted) {
                ctx.log(`${who}: already ${member.access.name}; unchanged`);
                continue;
            }
            if (wanted === ACCESS.roomManager)
                checkManager(member, current.sharedToUser);
            invitations.push({ id: current.sharedToUser.id, access: wanted });
            changes.push({
                email: key,
                access: wanted,
                was: current.access,
                name: current.sharedToUser.displayName,
                source: from,
                line: `${label}: ${accessName(current.access)} → ${member.access.name}`
            });
            continue;
        }
        if (wanted === ACCESS.roomManager) {
            const user = managers.get(key);
            if (!user)
                throw new Error(`${label}: the user was not looked up before planning`);
            invitations.push({ id: user.id, access: wanted });
        }
        else {
            // An e-mail invitation is checked as if for a guest, and a guest cannot create content in an AI room
            // (FileSharing.cs:256-261).
            if (room.roomType === 9 && wanted === ACCESS.contentCreator) {
                throw new InputError(blamed(member), `${member.where} cannot be applied: DocSpace invites an e-mail to an AI room as a guest, and guests cannot be content creators there`);
            }
            invitations.push({ email: member.email, access: wanted });
        }
        changes.push({ email: key, access: wanted, source: from, line: `${label}: invited as ${member.access.name}` });
    }
    return { room, invitations, changes, before };
}
/**
 * Sends the plan's changes and asks for the external link together, then reads the members back and checks that each
 * change took: DocSpace leaves out, without a word, people the key's user may not see (VirtualRoomsController.cs
 * 546-553), and nothing is reported done that was not.
 */
async function applySharing(ctx, planned, listAlways = false) {
    const { room, invitations, changes } = planned;
    const { sharing } = ctx.config;
    const named = sharing.members.length > 0;
    const members = async () => {
        if (invitations.length > 0) {
            await setShares(ctx.client, room.id, {
                invitations,
                notify: sharing.notify,
                message: sharing.inviteMessage
            });
        }
        if (!named && !listAlways)
            return undefined;
        return invitations.length > 0 || !planned.before ? listShares(ctx.client, room.id) : planned.before;
    };
    const [after, externalLink] = await together(members(), sharing.externalLink ? primaryExternalLink(ctx.client, room.id, ctx.config.portalUrl) : Promise.resolve(undefined));
    if (after)
        verify(room, after, changes);
    const done = confirmed(changes, after ?? []);
    for (const change of done)
        ctx.log(changeLine(change));
    if (externalLink)
        ctx.log(`External link: ${externalLink}`);
    if (invitations.length === 0 && named)
        ctx.log(`Members of room ${room.id}: nothing to change`);
    return { members: after?.map(toMember), externalLink, changed: invitations.length, changes: done };
}
/** The changes as they took, each person named as DocSpace now lists them (an invited person's name is known only
 * once invited). */
function confirmed(changes, after) {
    const byEmail = new Map(after.map((s) => [s.sharedToUser.email.toLowerCase(), s]));
    return changes.map((c) => ({
        name: c.name ?? byEmail.get(c.email)?.sharedToUser.displayName ?? '',
        access: c.access === undefined ? undefined : accessName(c.access),
        was: c.was === undefined ? undefined : accessName(c.was),
        source: c.source
    }));
}
/** `Invited Ana Lopez (members line 2) as editor`: by name, never by e-mail. */
function changeLine(change) {
    const who = `${personName(change.name)} (${change.source})`;
    if (change.access === undefined)
        return `Removed ${who} from the room (was ${change.was})`;
    if (change.was === undefined)
        return `Invited ${who} as ${change.access}`;
    return `Changed the access of ${who}: ${change.was} → ${change.access}`;
}
function verify(room, after, changes) {
    const byEmail = new Map(after.map((s) => [s.sharedToUser.email.toLowerCase(), s]));
    const missed = changes.filter((c) => byEmail.get(c.email)?.access !== c.access);
    if (missed.length === 0)
        return;
    throw new Error(`DocSpace answered that it applied the changes to room ${room.id}, but its member list shows ${missed.length === 1 ? 'one' : missed.length} not applied: ${missed
        .map((c) => c.line)
        .join('; ')}. Likely cause: the key's user may not see these people in DocSpace (DocSpace drops them from a change without a word); share the room as a DocSpace admin's key`);
}
function toMember(share) {
    const user = share.sharedToUser;
    return {
        id: user.id,
        name: user.displayName,
        email: user.email,
        access: share.isOwner ? 'owner' : accessName(share.access)
    };
}

;// CONCATENATED MODULE: ./src/operations/settings.ts
/**
 * Checks that the room DocSpace answered with carries the settings the action set, where the answer shows them
 * (`quotaLimit` only while the portal has room quotas on, the colour only while the room has no logo image), so that
 * a setting a portal took without applying it is not reported as done.
 */
function confirmSettings(room, settings, pinned) {
    const r = room;
    const off = [];
    const differs = (input, shown, wanted) => {
        if (shown !== undefined && shown !== wanted)
            off.push(`${input} (DocSpace shows ${JSON.stringify(shown)})`);
    };
    differs('indexing', r.indexing, settings.indexing ?? r.indexing);
    differs('deny-download', r.denyDownload, settings.denyDownload ?? r.denyDownload);
    differs('pinned', r.pinned, pinned ?? r.pinned);
    if (settings.quota !== undefined) {
        if (settings.quota === -2)
            differs('quota', r.isCustomQuota, false);
        else
            differs('quota', r.quotaLimit, settings.quota);
    }
    if (settings.lifetime === 'off') {
        if (r.lifetime && r.lifetime.enabled !== false)
            off.push('file-lifetime (DocSpace still shows a lifetime)');
    }
    else if (settings.lifetime) {
        const l = r.lifetime;
        if (!l)
            off.push('file-lifetime (DocSpace shows none)');
        else {
            differs('file-lifetime', l.value, settings.lifetime.value);
            differs('file-lifetime', l.period, settings.lifetime.period);
            differs('file-lifetime-permanent', l.deletePermanently, settings.lifetime.deletePermanently);
        }
    }
    if (settings.logo) {
        if (r.logo && !r.logo.original)
            off.push('logo (DocSpace shows no logo image)');
    }
    else if (settings.color !== undefined && r.logo && !r.logo.original) {
        differs('color', r.logo.color ?? undefined, settings.color);
    }
    if (off.length) {
        throw new Error(`DocSpace answered for room ${room.id} without applying ${off.join(', ')}; check the room in DocSpace and run again`);
    }
}

;// CONCATENATED MODULE: ./src/operations/finish-reused.ts


/** Virtual-data rooms are the only ones with indexing (update.ts). */
const VIRTUAL_DATA = 8;
/**
 * Gives a room that create reuses what the step asks for and the room does not show: its settings, logo and tags. A
 * create that made the room and then failed (the logo refused, the run stopped) recommends a re-run, and that re-run
 * reuses the room: without this it ended green with `found`, and the room never got its logo or settings. As for
 * README.txt, what the room already shows is left alone, so a re-run changes nothing that is already as asked, and a
 * lifetime (whose count any write restarts, FileStorageService.cs:1263) is sent only when it differs.
 *
 * What DocSpace does not show cannot be compared, and is left as it is: `quotaLimit` while the portal has room quotas
 * off, the colour under a logo image, and a logo image itself (any image counts as the one asked for).
 */
async function finishReusedRoom(ctx, room) {
    const { settings, tags } = ctx.config;
    const own = new Set(room.tags.map((t) => t.toLowerCase()));
    // DocSpace takes an existing tag's case from its catalogue (CustomTagsService.cs:46-59), so tags compare in any case.
    const addedTags = tags.filter((t) => !own.has(t.toLowerCase()));
    if (Object.keys(settings).length === 0 && addedTags.length === 0)
        return { room };
    const shown = Object.keys(settings).length > 0 ? await getRoomSettings(ctx.client, room.id) : undefined;
    const missing = shown ? differing(ctx, settings, shown) : {};
    const fields = settingsFields(missing);
    if (Object.keys(fields).length === 0 && !missing.logo && addedTags.length === 0) {
        ctx.log('The room already existed and already has the settings and tags given; left as it is');
        return { room: shown ?? room };
    }
    // Uploaded first: DocSpace checks the image then, before anything of the room changes.
    const tmpFile = missing.logo && (await uploadLogo(ctx.client, missing.logo));
    const updated = { fields: [], logo: false, addedTags: [], removedTags: [] };
    if (Object.keys(fields).length > 0) {
        await updateRoom(ctx.client, room.id, fields);
        updated.fields = Object.keys(fields).map((field) => FIELD_INPUTS[field] ?? field);
    }
    if (tmpFile) {
        await setRoomLogo(ctx.client, room.id, tmpFile, missing.logo.crop);
        updated.logo = true;
    }
    if (addedTags.length > 0) {
        await addRoomTags(ctx.client, room.id, addedTags);
        updated.addedTags = addedTags;
    }
    const done = [...updated.fields, ...(updated.logo ? ['logo'] : []), ...addedTags.map((t) => `tag ${t}`)];
    ctx.log(`The room already existed without some of what the step asks for; set ${done.join(', ')} of room ${room.id}`);
    // Read once more, to confirm and to report the room as DocSpace now has it.
    const latest = await getRoomSettings(ctx.client, room.id);
    confirmSettings(latest, missing);
    const now = new Set(latest.tags.map((t) => t.toLowerCase()));
    const absent = addedTags.filter((t) => !now.has(t.toLowerCase()));
    if (absent.length > 0) {
        throw new Error(`DocSpace answered for room ${room.id} without applying tags (DocSpace shows no ${absent.join(', ')}); check the room in DocSpace and run again`);
    }
    return { room: latest, updated };
}
/** The settings given that the room, as DocSpace shows it, does not have. */
function differing(ctx, given, shown) {
    const missing = {};
    if (given.quota !== undefined) {
        if (given.quota === -2
            ? shown.isCustomQuota === true
            : shown.quotaLimit !== undefined && shown.quotaLimit !== given.quota) {
            missing.quota = given.quota;
        }
    }
    if (given.indexing !== undefined && shown.indexing !== given.indexing) {
        if (shown.roomType === VIRTUAL_DATA)
            missing.indexing = given.indexing;
        else
            ctx.log('indexing was left out: the room reused is not a virtual-data room, which alone has indexing');
    }
    if (given.denyDownload !== undefined && shown.denyDownload !== given.denyDownload) {
        missing.denyDownload = given.denyDownload;
    }
    const lifetime = shown.lifetime && shown.lifetime.enabled !== false ? shown.lifetime : undefined;
    if (given.lifetime === 'off') {
        if (lifetime)
            missing.lifetime = 'off';
    }
    else if (given.lifetime) {
        const same = lifetime &&
            lifetime.value === given.lifetime.value &&
            lifetime.period === given.lifetime.period &&
            lifetime.deletePermanently === given.lifetime.deletePermanently;
        if (!same)
            missing.lifetime = given.lifetime;
    }
    const noImage = shown.logo !== undefined && !shown.logo.original;
    if (given.logo && noImage)
        missing.logo = given.logo;
    if (given.color !== undefined && noImage && !missing.logo && (shown.logo?.color ?? undefined) !== given.color) {
        missing.color = given.color;
    }
    return missing;
}
/** The input each field of `PUT rooms/{id}` comes from. */
const FIELD_INPUTS = {
    denyDownload: 'deny-download',
    lifetime: 'file-lifetime'
};

;// CONCATENATED MODULE: ./src/operations/create.ts












/** File that carries a room's description, since DocSpace rooms have no description field. */
const DESCRIPTION_FILE = 'README.txt';
const create_create = async (ctx) => {
    const { config } = ctx;
    // "off" on a new room is no lifetime at all: nothing to send, and nothing to find in the room made.
    const wanted = config.settings.lifetime === 'off' ? { ...config.settings, lifetime: undefined } : config.settings;
    const newRoom = {
        title: config.title,
        roomType: config.roomType.value,
        tags: config.tags,
        settings: settingsFields(wanted)
    };
    const identity = config.existing;
    const what = describeSelector(identity);
    // The workspace is read first: a path that matches two files DocSpace would keep as one sends nothing.
    const documents = await prepareUpload(ctx);
    // DocSpace allows duplicate titles, so "already there" is decided here. The same lookup tells, after a
    // create whose outcome is unknown, which matching rooms existed before.
    const existing = await ctx.group(`Looking for ${what}`, async () => {
        const found = await findMatches(ctx, identity, config.pullRequest ? 'any' : 'active');
        ctx.log(matchedRooms(found));
        return found;
    });
    const active = existing.filter((r) => !isArchived(r));
    if (config.ifExists !== 'create' && active.length > 0) {
        if (active.length > 1 && !ofOwnMaking(ctx, identity))
            throw ambiguous(what, active);
        const room = active.length > 1 ? keepOldest(ctx, what, active) : active[0];
        if (config.ifExists === 'fail') {
            throw new RoomLookupError(`Room ${room.id} ("${room.title}") already exists for ${what}, and if-exists is "fail"`);
        }
        ctx.log(`Reusing ${roomRef(config.portalUrl, room)}: it already exists (if-exists: reuse)`);
        const [got, members] = await together(getRoom(ctx.client, room.id), readMembersIfNamed(ctx, room.id));
        // Checked and planned before the rename, so that members that cannot work leave the room as it was.
        const planned = sharesRoom(ctx) ? await planSharing(ctx, got, members) : undefined;
        const followed = await followPullRequestTitle(ctx, got);
        const finished = await finishReusedRoom(ctx, followed.room);
        const found = { ...followed, ...finished };
        return finish(ctx, 'found', found, 'if-missing', planned && { ...planned, room: found.room }, documents);
    }
    // A reopened pull request gets back the room its closing archived.
    const archived = existing.filter(isArchived);
    if (config.pullRequest && config.ifExists === 'reuse' && archived.length > 0) {
        const id = (archived.length > 1 && ofOwnMaking(ctx, identity) ? keepOldest(ctx, what, archived) : archived[0]).id;
        const [room, members] = await together(getRoom(ctx.client, id), readMembersIfNamed(ctx, id));
        // Checked and planned before the room is restored or renamed, so that members that cannot work leave it
        // archived; DocSpace lists an archived room's members to whoever may read it.
        let planned;
        if (sharesRoom(ctx)) {
            checkRoom(ctx, room, true);
            planned = membership_plan(ctx, room, members, await lookUpManagers(ctx, members ?? []));
        }
        ctx.log(`Restoring ${roomRef(config.portalUrl, room)} of this pull request from the archive`);
        const after = await changeRoomState(ctx, room, 'unarchive', true);
        const followed = await followPullRequestTitle(ctx, after.room ?? room);
        const restored = { ...followed, ...(await finishReusedRoom(ctx, followed.room)) };
        return finish(ctx, 'unarchived', restored, 'if-missing', planned && { ...planned, room: restored.room }, documents);
    }
    // The logo image is uploaded and room managers are looked up before the room is made, so that one DocSpace
    // refuses leaves no room behind.
    const logo = config.settings.logo;
    const tmpFile = logo && (await uploadLogo(ctx.client, logo));
    const managers = sharesRoom(ctx) ? await lookUpManagers(ctx, []) : undefined;
    ctx.log(`Creating ${config.roomType.name} room "${newRoom.title}"${newRoom.tags?.length ? ` with tags ${newRoom.tags.join(', ')}` : ''}`);
    let room = await createOnce(ctx, newRoom, new Set(existing.map((r) => r.id)));
    ctx.log(`Created ${roomRef(config.portalUrl, room)}`);
    // Two runs of one pull request at once (no `concurrency:` group) each made a room: the room made first stays, and
    // the run that made the other deletes its own (made a moment ago, empty) and goes on with the first one.
    if (identity.by === 'pull-request' && !ctx.yielded) {
        const rivals = await findMatches(ctx, identity, 'active');
        const first = oldest(rivals.some((r) => r.id === room.id) ? rivals : [...rivals, room]);
        if (first.id !== room.id) {
            ctx.warn(`Another run of this pull request made room ${first.id} at the same time; this step deletes room ${room.id}, which it had just made, and uses room ${first.id}. A \`concurrency:\` group for the pull request keeps its runs to one at a time`);
            await changeRoomState(ctx, room, 'delete', true);
            return create_create({ ...ctx, yielded: true });
        }
    }
    // Set right after rather than in the create request: a logo DocSpace cannot save there fails a request whose room
    // was made all the same (FileStorageService.cs:1052-1055).
    if (tmpFile) {
        const made = room;
        room = await setRoomLogo(ctx.client, room.id, tmpFile, logo.crop).catch((error) => {
            // The room stays: the re-run reuses it and sets what it lacks (finish-reused.ts).
            const note = `Room ${made.id} was made without its logo; re-run the step to set it (the re-run reuses the room)`;
            if (!(error instanceof DocSpaceError))
                throw error;
            throw new DocSpaceError({ ...error.details, note: [error.details.note, note].filter(Boolean).join('. ') });
        });
        ctx.log(`Set the logo of room ${room.id} from ${logo.path}`);
    }
    confirmSettings(room, wanted);
    let planned;
    if (managers) {
        checkRoom(ctx, room);
        // A new room's only member is its owner, so its list need not be read before inviting.
        planned = membership_plan(ctx, room, undefined, managers);
    }
    return finish(ctx, 'created', { room }, 'always', planned, documents);
};
/**
 * Once the room exists, README.txt and its members and link are independent: their requests go out together. A step
 * that shares nothing already knows all the outcome shows of the room, so the pull request comment goes out with them.
 */
async function finish(ctx, result, { room, previousTitle, updated }, description, planned, documents) {
    if (!sharesRoom(ctx) && !documents)
        ctx.roomSettled?.({ result, room, previousTitle, updated });
    const [, shared, uploaded] = await together(writeDescription(ctx, room, description), planned ? applySharing(ctx, planned) : Promise.resolve(undefined), documents ? sendUpload(ctx, room, documents) : Promise.resolve(undefined));
    return {
        files: uploaded?.files,
        failures: uploaded?.failures.length ? uploaded.failures : undefined,
        result,
        room,
        previousTitle,
        updated,
        members: shared?.members,
        externalLink: shared?.externalLink,
        memberChanges: shared?.changes
    };
}
/**
 * On a pull-request event without a title input, a reused room follows the pull request's title, which an
 * `edited` event may have changed. The titles are compared as DocSpace saves them (reserved characters as `_`,
 * the length cut), so a room whose title is unchanged is never renamed.
 */
async function followPullRequestTitle(ctx, room) {
    const wanted = ctx.config.title;
    if (ctx.config.existing?.by !== 'pull-request' || room.title === savedTitle(wanted))
        return { room };
    const renamed = await renameRoom(ctx.client, room.id, wanted);
    ctx.log(`Renamed room ${room.id} from "${room.title}" to "${renamed.title}", the pull request's title`);
    return { room: renamed, previousTitle: room.title };
}
/**
 * Writes `description` to README.txt in the room. A run that made the room but could not write the file (a key
 * without files:write, a lost answer) leaves a room that the next run reuses, so a reused room gets the file
 * when it is missing; one that is there is left as it is, so re-runs add no versions and do not mark the room
 * as updated.
 */
async function writeDescription(ctx, room, when) {
    const { description } = ctx.config;
    if (!description)
        return;
    if (when === 'if-missing' && (await hasFile(ctx.client, room.id, DESCRIPTION_FILE))) {
        ctx.log(`${DESCRIPTION_FILE} is already in the room; left as it is`);
        return;
    }
    try {
        await createTextFile(ctx.client, room.id, DESCRIPTION_FILE, description);
    }
    catch (error) {
        // The pull request's own text is a default, not something the workflow asked for: a key without files:write
        // (the least a pull request's room needs is rooms:write and files:read) leaves it out rather than failing.
        if (ctx.config.descriptionGiven || !(error instanceof DocSpaceError) || error.status !== 403)
            throw error;
        (ctx.notice ?? ctx.log)(`${DESCRIPTION_FILE} with the pull request's link was not written: DocSpace refused it (HTTP 403), most likely because the API key lacks the files:write scope. The room is ready; give the key files:write to have the file`);
        return;
    }
    const what = ctx.config.descriptionGiven ? 'the description' : "the pull request's title and link";
    ctx.log(`Wrote ${what} to ${DESCRIPTION_FILE} in the room${when === 'if-missing' ? ' (it was missing)' : ''}`);
}
/**
 * Creates the room exactly once. When a create fails in a way that leaves its outcome unknown (a reset
 * connection, a timeout, a 502 or 504), DocSpace may have made the room anyway, or may still be making it:
 * watch for a matching room that was not there before, for about as long as one request may take, and
 * adopt it; only when none appears is the create sent again.
 */
async function createOnce(ctx, newRoom, before) {
    const selector = { by: 'title', title: newRoom.title, tags: newRoom.tags ?? [] };
    for (let attempt = 1;; attempt++) {
        try {
            return await createRoom(ctx.client, newRoom);
        }
        catch (error) {
            if (!(error instanceof DocSpaceError) || !error.details.outcomeUnknown || attempt > ctx.config.maxRetries)
                throw error;
            ctx.warn(`The create request's outcome is unknown (${error.details.status ? `HTTP ${error.details.status}` : error.details.docspaceMessage}); checking whether DocSpace made the room before trying again`);
            const made = await watchForNewRoom(ctx, selector, before);
            if (made) {
                ctx.log(`DocSpace did create it: room ${made.id}`);
                return getRoom(ctx.client, made.id);
            }
        }
    }
}
const WATCH_INTERVAL_MS = 500;
const WATCH_MIN_MS = 2000;
const WATCH_MAX_MS = 5000;
async function watchForNewRoom(ctx, selector, before) {
    const until = Date.now() + Math.min(Math.max(ctx.config.requestTimeoutMs, WATCH_MIN_MS), WATCH_MAX_MS);
    for (;;) {
        const made = (await findMatches(ctx, selector, 'active')).filter((r) => !before.has(r.id));
        if (made.length > 0)
            return made[0];
        if (Date.now() + WATCH_INTERVAL_MS > until)
            return undefined;
        await ctx.client.deadline.sleep(WATCH_INTERVAL_MS, 'checking whether DocSpace created the room');
    }
}

;// CONCATENATED MODULE: ./src/operations/delete.ts




const remove = async (ctx) => {
    let room = await targetRoom(ctx);
    ctx.log(`Deleting ${roomRef(ctx.config.portalUrl, room)}`);
    if (!isArchived(room)) {
        // DocSpace lets only a room's creator delete it while active; from the archive its owner and admins may.
        ctx.log(`The room is active; archiving it before deleting it`);
        room = (await changeRoomState(ctx, room, 'archive', true)).room ?? room;
    }
    const after = await changeRoomState(ctx, room, 'delete', ctx.config.wait);
    if (after.finished)
        ctx.log(`Deleted room ${room.id} "${room.title}" permanently`);
    return { result: after.finished ? 'deleted' : 'delete-started', room };
};

;// CONCATENATED MODULE: ./src/operations/get.ts


const get = async (ctx) => {
    const room = await targetRoom(ctx);
    ctx.log(`Found ${roomRef(ctx.config.portalUrl, room)}`);
    return { result: 'found', room };
};

;// CONCATENATED MODULE: ./src/operations/list.ts

const list = async (ctx) => {
    const rooms = await ctx.group('Listing rooms', async () => {
        const found = await filteredRooms(ctx, ctx.config.filters, 'newest-first');
        ctx.log(`${found.length} room${found.length === 1 ? '' : 's'} matched`);
        return found;
    });
    return { result: 'listed', rooms };
};

;// CONCATENATED MODULE: ./src/operations/members.ts




/** Lists the people with access to a room, its owner first. */
const members = async (ctx) => {
    const room = await targetRoom(ctx);
    const shares = await listShares(ctx.client, room.id);
    ctx.log(`The ${roomRef(ctx.config.portalUrl, room)} has ${shares.length} member${shares.length === 1 ? '' : 's'}, its owner included`);
    return { result: 'listed', room, members: shares.map(toMember) };
};

;// CONCATENATED MODULE: ./src/operations/rename.ts





const rename_rename = async (ctx) => {
    const { client, config } = ctx;
    const target = config.target;
    // Read first for the title it had: DocSpace's answer to a rename carries only the new one. A room that cannot be
    // read is renamed all the same, so that DocSpace's own answer to the rename says what is wrong.
    const before = target.by === 'id' ? await findRoom(client, target.id).catch(() => undefined) : await targetRoom(ctx);
    const id = target.by === 'id' ? target.id : before.id;
    try {
        const room = await renameRoom(client, id, config.title);
        const from = before ? ` from "${before.title}"` : '';
        ctx.log(`Renamed room ${room.id}${from} to "${room.title}": ${roomUrl(config.portalUrl, room.id)}`);
        return { result: 'renamed', room, previousTitle: before?.title };
    }
    catch (error) {
        // DocSpace answers 403 alike for a missing room, an archived one and missing rights; one read tells which.
        if (error instanceof DocSpaceError && error.status === 403) {
            const room = await findRoom(client, id).catch(() => undefined);
            if (room === undefined)
                throw missingRoom(target, `${error.message} (no room with ID ${id} exists)`);
            else if (isArchived(room))
                error.message += ` (room ${id} is archived; unarchive it before renaming)`;
        }
        throw error;
    }
};

;// CONCATENATED MODULE: ./src/operations/update.ts







/** Virtual-data rooms are the only ones DocSpace's own interface offers indexing for. */
const update_VIRTUAL_DATA = 8;
/**
 * Changes what was given and nothing else: title and settings with one `PUT rooms/{id}`, the logo, tags through the
 * tag endpoints (so the pull request's tag and every tag not named in remove-tags stay), and the key user's pin.
 * Everything that can be checked is checked before the first write; a logo DocSpace refuses fails before the rest.
 */
const update = async (ctx) => {
    const { config } = ctx;
    const room = await targetRoom(ctx);
    if (isArchived(room)) {
        throw new Error(`Room ${room.id} ("${room.title}") is archived, and DocSpace refuses changes to archived rooms: unarchive it first (operation: unarchive). Nothing was changed`);
    }
    if (config.settings.indexing !== undefined && room.roomType !== update_VIRTUAL_DATA) {
        const type = ROOM_TYPES.find((t) => t.value === room.roomType)?.name ?? `type ${room.roomType}`;
        throw new InputError('indexing', `is only for virtual-data rooms; room ${room.id} ("${room.title}") is a ${type} room, which has no indexing. Nothing was changed`);
    }
    ctx.log(`Updating ${roomRef(config.portalUrl, room)}`);
    // Read with the room's other fields; checked here, before anything is written, since it decides the pin request.
    const pinnedNow = config.pinned === undefined ? undefined : shownPin(room);
    let latest = room;
    const updated = { fields: [], logo: false, addedTags: [], removedTags: [] };
    // Uploaded first: DocSpace checks the image then, before anything of the room changes.
    const tmpFile = config.settings.logo && (await uploadLogo(ctx.client, config.settings.logo));
    const fields = settingsFields(config.settings);
    if (config.title !== undefined)
        fields.title = config.title;
    if (Object.keys(fields).length > 0) {
        latest = await updateRoom(ctx.client, room.id, fields);
        updated.fields = Object.keys(fields).map((field) => update_FIELD_INPUTS[field] ?? field);
        ctx.log(`Updated ${Object.keys(fields).map(describeField).join(', ')} of room ${room.id}`);
    }
    if (tmpFile) {
        latest = await setRoomLogo(ctx.client, room.id, tmpFile, config.settings.logo.crop);
        updated.logo = true;
        ctx.log(`Set the logo of room ${room.id} from ${config.settings.logo.path}`);
    }
    latest = await changeTags(ctx, room, latest, updated);
    // Only GET tells whether the key's user has the room pinned; pinning a pinned room again counts against the
    // user's 10 (FileStorageService.cs:4556-4572).
    if (config.pinned !== undefined && pinnedNow !== config.pinned) {
        latest = await setPinned(ctx.client, room.id, config.pinned);
        updated.pinned = config.pinned;
        ctx.log(`${config.pinned ? 'Pinned' : 'Unpinned'} room ${room.id} for the key's user`);
    }
    // The answers to the writes read the room without its tags, so they show it unpinned (FileStorageService.cs:196,
    // 1196); the room is read once more to report it, and to confirm the settings, as DocSpace now has it.
    if (latest !== room)
        latest = await getRoomSettings(ctx.client, room.id);
    else
        ctx.log('Nothing to change: the room already has the tags and pin asked for');
    confirmSettings(latest, config.settings, config.pinned);
    confirmTags(latest, config.addTags, config.removeTags);
    const previousTitle = config.title !== undefined && latest.title !== room.title ? room.title : undefined;
    return { result: 'updated', room: latest, previousTitle, updated };
};
/** Whether the key's user has the room pinned, as the GET that found it says. */
function shownPin(room) {
    const checked = checkAnswer(SettledRoomAnswer, room);
    if (checked.ok)
        return checked.value.pinned;
    throw new DocSpaceError({
        request: `GET /api/2.0/files/rooms/${encodeURIComponent(String(room.id))}`,
        malformed: checked.problem,
        likelyCause: 'portal-url points at something other than a DocSpace portal this action supports (version 3.x)'
    });
}
/** Adds the tags the room lacks and removes those it has; no call when there is nothing to do. */
async function changeTags(ctx, room, latest, updated) {
    const own = new Set(room.tags);
    const add = ctx.config.addTags.filter((t) => !own.has(t));
    const remove = ctx.config.removeTags.filter((t) => own.has(t));
    updated.addedTags = add;
    updated.removedTags = remove;
    if (add.length) {
        latest = await addRoomTags(ctx.client, room.id, add);
        ctx.log(`Added tag${add.length === 1 ? '' : 's'} ${add.join(', ')} to room ${room.id}`);
    }
    if (remove.length) {
        latest = await removeRoomTags(ctx.client, room.id, remove);
        ctx.log(`Removed tag${remove.length === 1 ? '' : 's'} ${remove.join(', ')} from room ${room.id}`);
    }
    return latest;
}
/**
 * Checks the room read back has the tags added and not those removed, so that tags a portal answered for without
 * changing are not reported done. An added tag may come back in the case of one already in the portal's catalogue
 * (its lookup by name ignores case, CustomTagsService.cs:46-59), so added tags compare in any case.
 */
function confirmTags(room, added, removed) {
    const shown = new Set(room.tags);
    const shownAnyCase = new Set(room.tags.map((t) => t.toLowerCase()));
    const off = [
        ...added.filter((t) => !shownAnyCase.has(t.toLowerCase())).map((t) => `add-tags (DocSpace shows no ${t})`),
        ...removed.filter((t) => shown.has(t)).map((t) => `remove-tags (DocSpace still shows ${t})`)
    ];
    if (off.length) {
        throw new Error(`DocSpace answered for room ${room.id} without applying ${off.join(', ')}; check the room in DocSpace and run again`);
    }
}
const FIELD_NAMES = {
    title: 'the title',
    quota: 'the quota',
    indexing: 'indexing',
    denyDownload: 'deny-download',
    lifetime: 'the file lifetime',
    color: 'the colour'
};
/** The input each field of `PUT rooms/{id}` comes from. */
const update_FIELD_INPUTS = {
    denyDownload: 'deny-download',
    lifetime: 'file-lifetime'
};
function describeField(field) {
    return FIELD_NAMES[field] ?? field;
}

;// CONCATENATED MODULE: ./src/operations/share.ts



/** Applies members and the pull request's people to an existing room; those not named are left alone. */
const share = async (ctx) => {
    const room = await targetRoom(ctx);
    ctx.log(`Sharing ${roomRef(ctx.config.portalUrl, room)}`);
    const planned = await planSharing(ctx, room);
    const outcome = await applySharing(ctx, planned, true);
    return {
        result: outcome.changed > 0 ? 'shared' : 'unchanged',
        room,
        members: outcome.members,
        externalLink: outcome.externalLink,
        memberChanges: outcome.changes
    };
};

;// CONCATENATED MODULE: ./src/lib/workspace/room-paths.ts

/** The longest title, in UTF-8 bytes, that file systems take (NAME_MAX, NTFS and APFS alike). */
const MAX_TITLE_BYTES = 255;
/** The longest path below the download folder, in UTF-8 bytes with '/' between titles (PATH_MAX on Linux). */
const MAX_PATH_BYTES = 4096;
/** Names Windows keeps for devices, with or without an extension, in any case. */
const WINDOWS_DEVICES = new Set([
    'CON',
    'PRN',
    'AUX',
    'NUL',
    'CONIN$',
    'CONOUT$',
    ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '¹', '²', '³'].flatMap((n) => [`COM${n}`, `LPT${n}`])
]);
/** Characters Windows refuses in a file name (besides control characters and the separators). */
const WINDOWS_REFUSES = new Set(['<', '>', ':', '"', '|', '?', '*']);
/** The path as people read it: its titles joined with '/'. */
function showRoomPath(segments) {
    return segments.join('/');
}
/**
 * Checks a path that came from a portal (its titles, see RoomPath), before it becomes a file path under a folder.
 * Returns undefined when it is fine, else the reason in a person's words.
 */
function checkRoomPath(segments) {
    if (segments.length === 0)
        return 'the path is empty';
    let bytes = segments.length - 1;
    for (const title of segments) {
        const problem = checkTitle(title);
        if (problem)
            return problem;
        bytes += Buffer.byteLength(title, 'utf8');
    }
    if (bytes > MAX_PATH_BYTES)
        return `the path is ${bytes} bytes long; file systems take at most ${MAX_PATH_BYTES}`;
    return undefined;
}
function checkTitle(title) {
    if (title === '')
        return 'a title is empty';
    if (title === '.' || title === '..')
        return `the title "${title}" would name a folder itself or the one above it`;
    // First the characters that may not be shown, so that a reason never repeats them.
    for (let i = 0; i < title.length; i++) {
        const code = title.charCodeAt(i);
        if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) {
            return `a title has the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
        }
        if (code >= 0xd800 && code <= 0xdbff) {
            const next = title.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff)
                i++;
            else
                return 'a title is not valid Unicode (a lone surrogate)';
        }
        else if (code >= 0xdc00 && code <= 0xdfff) {
            return 'a title is not valid Unicode (a lone surrogate)';
        }
    }
    const bytes = Buffer.byteLength(title, 'utf8');
    if (bytes > MAX_TITLE_BYTES)
        return `a title is ${bytes} bytes long; file systems take at most ${MAX_TITLE_BYTES}`;
    for (const char of title) {
        if (char === '/' || char === '\\')
            return `the title "${title}" has "${char}" in it, which would make it a folder`;
        if (WINDOWS_REFUSES.has(char))
            return `the title "${title}" has "${char}" in it, which Windows runners refuse`;
    }
    const last = title[title.length - 1];
    if (last === ' ' || last === '.') {
        return `the title "${title}" ends in ${last === ' ' ? 'a space' : 'a dot'}, which Windows runners drop`;
    }
    const dot = title.indexOf('.');
    const stem = (dot === -1 ? title : title.slice(0, dot)).trimEnd().toUpperCase();
    if (WINDOWS_DEVICES.has(stem))
        return `the title "${title}" is a name Windows keeps for a device (${stem})`;
    return undefined;
}
/**
 * Plans where each path from a portal goes under `root`: `target` is path.join(root, ...titles). A path is refused
 * when checkRoomPath refuses it, when it clashes with another (see the top of the file; both are refused), or when
 * its target would not be below `root` (a check that the title rules should make redundant).
 */
function planDownload(paths, root) {
    const base = external_node_path_default().resolve(root);
    const refused = [];
    const tree = { parent: undefined, children: new Map(), spelling: '', files: 0 };
    const fine = [];
    for (const segments of paths) {
        const reason = checkRoomPath(segments);
        if (reason)
            refused.push({ roomPath: showRoomPath(segments), reason });
        else
            fine.push({ segments, leaf: place(tree, segments) });
    }
    const accepted = [];
    for (const { segments, leaf } of fine) {
        const roomPath = showRoomPath(segments);
        const clash = clashOf(leaf);
        if (clash) {
            refused.push({ roomPath, reason: clash });
            continue;
        }
        const target = external_node_path_default().join(base, ...segments);
        const relative = external_node_path_default().relative(base, target);
        if (relative === '' || relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative)) {
            refused.push({ roomPath, reason: 'it would be written outside the download folder' });
            continue;
        }
        accepted.push({ roomPath, segments, target });
    }
    return { accepted, refused };
}
/** Adds a path's titles to the tree, marking every clash it makes; returns the node of its file. */
function place(tree, segments) {
    let node = tree;
    for (const [index, title] of segments.entries()) {
        const key = title.normalize('NFC').toLowerCase();
        let child = node.children.get(key);
        if (!child) {
            child = { parent: node, children: new Map(), spelling: title, files: 0 };
            node.children.set(key, child);
        }
        else if (child.spelling !== title && child.otherSpelling === undefined) {
            child.otherSpelling = title;
            child.clash ??=
                `"${child.spelling}" and "${title}" differ only in case or Unicode form, and would be one name on macOS and ` +
                    'Windows runners';
        }
        const isFile = index === segments.length - 1;
        if (isFile) {
            child.files++;
            if (child.files > 1)
                child.clash ??= 'the listing has two files at this path';
            if (child.children.size > 0)
                child.clash ??= `"${child.spelling}" is both a file and a folder in the listing`;
        }
        else if (child.files > 0) {
            child.clash ??= `"${child.spelling}" is both a file and a folder in the listing`;
        }
        node = child;
    }
    return node;
}
/** The first clash on the way from the top to a file's node, if any. */
function clashOf(leaf) {
    let clash;
    for (let node = leaf; node; node = node.parent)
        clash = node.clash ?? clash;
    return clash;
}

;// CONCATENATED MODULE: ./src/lib/workspace/write.ts



// Writing a downloaded file whole: into a temporary file beside the target, renamed over it only once every byte has
// come. A reader never sees half a file, a failed download leaves what was there before, and nothing is ever written
// through a symbolic link: the folders on the way are checked (and made) one at a time below `root`, the temporary
// file is created exclusively (`wx`: it must not exist, so a planted link or file makes the open fail), and a target
// that is a link is refused rather than replaced.
/** A write the action refuses: a symbolic link or a file on the way, or more bytes than the listing declared. */
class WriteRefusedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WriteRefusedError';
    }
}
/** Bytes a temporary name adds to the target's: '.', '.', 12 hex digits, '.part'. */
const TEMP_EXTRA_BYTES = 19;
const MAX_NAME_BYTES = 255;
/**
 * Writes `source` to `target` through a temporary file in the same folder, then renames; refuses more than
 * `maxBytes` (throws, removing the temporary file); creates parent folders (mkdir -p) but refuses when any existing
 * parent on the way is a symlink or not a directory. Returns bytes written.
 *
 * `target` must be below `root` (the download folder, which is made if missing and trusted as it is). `label` names
 * the file in errors (the room path, say); by default its path below `root`.
 */
async function writeWhole(target, source, maxBytes, root, label) {
    const base = external_node_path_default().resolve(root);
    const file = external_node_path_default().resolve(target);
    const relative = external_node_path_default().relative(base, file);
    if (relative === '' || relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative)) {
        throw new WriteRefusedError(`Refused to write "${file}": it is not inside the download folder "${base}"`);
    }
    const shown = label ?? relative.split((external_node_path_default()).sep).join('/');
    await (0,external_node_fs_promises_namespaceObject.mkdir)(base, { recursive: true });
    await makeFolders(base, external_node_path_default().dirname(relative), shown);
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), tempName(external_node_path_default().basename(file)));
    const handle = await (0,external_node_fs_promises_namespaceObject.open)(temp, 'wx', 0o666);
    let isOpen = true;
    try {
        let written = 0;
        for await (const chunk of source) {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
            if (written + bytes.length > maxBytes) {
                throw new WriteRefusedError(`the portal sent more than the ${maxBytes} bytes its listing declared for ${shown}`);
            }
            for (let offset = 0; offset < bytes.length;) {
                offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
            }
            written += bytes.length;
        }
        isOpen = false;
        await handle.close();
        const existing = await lstatOrNothing(file);
        if (existing?.isSymbolicLink())
            throw new WriteRefusedError(`Refused to write ${shown}: it is a symbolic link`);
        if (existing?.isDirectory())
            throw new WriteRefusedError(`Refused to write ${shown}: a folder is there`);
        await (0,external_node_fs_promises_namespaceObject.rename)(temp, file);
        return written;
    }
    catch (error) {
        if (isOpen)
            await handle.close().catch(() => undefined);
        await (0,external_node_fs_promises_namespaceObject.rm)(temp, { force: true });
        throw error;
    }
}
/** Makes each folder of `relative` below `base` in turn, refusing one that is a symbolic link or not a folder. */
async function makeFolders(base, relative, shown) {
    if (relative === '.')
        return;
    let folder = base;
    for (const name of relative.split((external_node_path_default()).sep)) {
        folder = external_node_path_default().join(folder, name);
        let found = await lstatOrNothing(folder);
        if (!found) {
            await (0,external_node_fs_promises_namespaceObject.mkdir)(folder).catch((error) => {
                if (!isCode(error, 'EEXIST'))
                    throw error;
            });
            found = await (0,external_node_fs_promises_namespaceObject.lstat)(folder);
        }
        const where = external_node_path_default().relative(base, folder).split((external_node_path_default()).sep).join('/');
        if (found.isSymbolicLink()) {
            throw new WriteRefusedError(`Refused to write ${shown}: the folder "${where}" on its way is a symbolic link`);
        }
        if (!found.isDirectory()) {
            throw new WriteRefusedError(`Refused to write ${shown}: "${where}" on its way is a file, not a folder`);
        }
    }
}
/** `.<name>.<random>.part`, the name cut (at a character) so that the whole stays within 255 bytes. */
function tempName(name) {
    let kept = '';
    let bytes = 0;
    for (const char of name) {
        bytes += Buffer.byteLength(char, 'utf8');
        if (bytes > MAX_NAME_BYTES - TEMP_EXTRA_BYTES)
            break;
        kept += char;
    }
    return `.${kept}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.part`;
}
async function lstatOrNothing(file) {
    try {
        return await (0,external_node_fs_promises_namespaceObject.lstat)(file);
    }
    catch (error) {
        if (isCode(error, 'ENOENT'))
            return undefined;
        throw error;
    }
}
function isCode(error, code) {
    // Structural, not instanceof: errors from node:fs may come from another realm (a test's VM context, say).
    return typeof error === 'object' && error !== null && error.code === code;
}

;// CONCATENATED MODULE: ./src/operations/download.ts
// Download: a room's files into the workspace. A title from the portal becomes a path only through
// lib/workspace/room-paths.ts; the titles it refuses are named and fail the step after the rest is written.










const download = async (ctx) => {
    const room = await targetRoom(ctx);
    const docs = ctx.config.documents;
    const { target, patterns } = docs.download;
    const tree = await RoomTree.read(ctx.client, room.id);
    const baseId = tree.find(docs.folder);
    if (baseId === undefined) {
        throw new Error(`The ${roomRef(ctx.config.portalUrl, room)} has no folder "${docs.folder.join('/')}" (folder)`);
    }
    const matchers = patterns.map((p) => new Minimatch(p, { dot: true, nocomment: true }));
    const everything = patterns.length === 1 && patterns[0] === '**';
    const matches = (segments) => everything || matchers.some((m) => m.match(segments.join('/')));
    // Every title is checked, not only those the pattern takes: a glob never matches `..`, and a title the action
    // cannot write must be named rather than pass unseen.
    const all = tree.filesUnder(baseId);
    const byPath = new Map(all.map((f) => [f.segments, f]));
    const planned = planDownload(all.map((f) => f.segments), target);
    const plan = {
        accepted: planned.accepted.filter((entry) => matches(entry.segments)),
        refused: planned.refused.filter((r) => everything || matches(r.roomPath.split('/')))
    };
    const files = await mapWithConcurrency(plan.accepted, ctx.config.concurrency, async (entry) => {
        const { file } = byPath.get(entry.segments);
        const declared = file.pureContentLength ?? 0;
        const path = entry.segments.join('/');
        await downloadFile(ctx.client, file.id, (body) => writeWhole(entry.target, body, declared, target, path));
        return {
            path,
            id: file.id,
            title: file.title,
            version: file.version,
            url: fileUrl(ctx.config.portalUrl, file.id),
            result: 'downloaded'
        };
    });
    ctx.log(`${filesSentence(files)} into ${target}`);
    // The other files are written; the step then fails naming each title it would not write.
    const failures = plan.refused.map((r) => `"${r.roomPath}" was not downloaded: ${r.reason}; rename it in DocSpace`);
    return { result: 'downloaded', room, files, failures };
};

;// CONCATENATED MODULE: ./src/operations/pull-request.ts



const pullRequest = async (ctx) => {
    const pr = ctx.config.pullRequest;
    if (wantsRoom(pr, ctx.config.label)) {
        ctx.log(`Pull request #${pr.number} is open${ctx.config.label ? ` and labelled "${ctx.config.label}"` : ''}: its room is made or kept active`);
        return { ...(await create_create(ctx)), resolved: 'create' };
    }
    const why = pr.open ? `is not labelled "${ctx.config.label}"` : `was ${pr.merged ? 'merged' : 'closed'}`;
    ctx.log(`Pull request #${pr.number} ${why}: its room is archived`);
    const outcome = await onExistingRoom(archive)(forArchive(ctx, pr));
    if (pr.open && (outcome.result === 'not-found' || outcome.result === 'already-archived')) {
        return { ...outcome, result: 'skipped', resolved: 'skip' };
    }
    return { ...outcome, resolved: 'archive' };
};
function wantsRoom(pr, label) {
    if (!pr.open)
        return false;
    // GitHub's label names compare in any case.
    return label === undefined || pr.labels.some((l) => l.toLowerCase() === label.toLowerCase());
}
/** archive's view of the step: the pull request's room, and no failure when it never had one. */
function forArchive(ctx, pr) {
    return { ...ctx, config: { ...ctx.config, target: { by: 'pull-request', pullRequest: pr }, ifMissing: 'skip' } };
}

;// CONCATENATED MODULE: ./src/operations/index.ts














const operations = {
    create: create_create,
    get: get,
    rename: rename_rename,
    update: update,
    archive: archive,
    unarchive: unarchive,
    delete: remove,
    list: list,
    'archive-stale': archiveStale,
    share: share,
    members: members,
    upload: upload,
    download: download,
    'pull-request': pullRequest
};
/** Runs the configured operation; one on an existing room (it has a target) honours if-missing. */
function runOperation(ctx) {
    if (ctx.config.forkWithoutKey) {
        ctx.notice?.('Nothing was done: GitHub passes no secrets, so no api-key, to a pull_request run from a fork. To give pull requests from forks a room, see "Pull requests from forks" in the README (pull_request_target)');
        return Promise.resolve({ result: 'skipped', resolved: 'skip' });
    }
    const operation = operations[ctx.config.operation];
    return ctx.config.target ? onExistingRoom(operation)(ctx) : operation(ctx);
}

;// CONCATENATED MODULE: ./src/github/event.ts


const NOBODY = { reviewers: [], teamReviewers: [], assignees: [] };
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * The pull request of a `pull_request` or `pull_request_target` run, else undefined. The event is read as
 * @actions/github's `context` reads it, the JSON file GITHUB_EVENT_PATH names, without loading Octokit, which
 * only a run that asks GitHub's API something needs.
 */
async function readPullRequest(env = process.env) {
    if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    const context = { payload: await readEvent(env.GITHUB_EVENT_PATH) };
    const pr = context.payload.pull_request;
    if (!pr)
        return undefined;
    const repository = env.GITHUB_REPOSITORY || String(context.payload.repository?.full_name ?? '');
    const payload = context.payload;
    return pullRequestFrom(repository, pr.number, String(pr.title ?? ''), String(pr.html_url ?? ''), peopleOf(payload), stateOf(payload));
}
/** The event's action and the pull request's state, labels and origin. */
function stateOf(payload) {
    const pr = event_record(payload.pull_request);
    const head = event_record(event_record(pr.head).repo);
    const base = event_record(event_record(pr.base).repo);
    return {
        action: typeof payload.action === 'string' ? payload.action : '',
        open: pr.state !== 'closed',
        merged: pr.merged === true,
        labels: event_list(pr.labels)
            .map((l) => event_record(l).name)
            .filter((n) => typeof n === 'string'),
        // A deleted fork leaves head.repo null; only a head in the base repository itself is not a fork.
        fromFork: typeof head.full_name !== 'string' ||
            typeof base.full_name !== 'string' ||
            head.full_name.toLowerCase() !== base.full_name.toLowerCase()
    };
}
async function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse(await (0,external_node_fs_promises_namespaceObject.readFile)(path, 'utf8'));
    }
    catch (error) {
        // As @actions/github's context: no file, no payload.
        if (error.code === 'ENOENT')
            return {};
        throw new Error(`Could not read the pull request's event from GITHUB_EVENT_PATH: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
}
/**
 * Who is on the pull request, from a `pull_request` payload: `requested_reviewers` holds users and teams alike (a team
 * has a slug, no login); a `review_requested` event names the one it requests in `requested_reviewer` or
 * `requested_team`. A reviewer who has reviewed is no longer requested, and so not listed.
 */
function peopleOf(payload) {
    const pr = event_record(payload.pull_request);
    const reviewers = [];
    const teams = [];
    const add = (entry) => {
        const item = event_record(entry);
        if (typeof item.login === 'string')
            reviewers.push(item.login);
        else if (typeof item.slug === 'string' || typeof item.name === 'string')
            teams.push(String(item.slug ?? item.name));
    };
    for (const entry of event_list(pr.requested_reviewers))
        add(entry);
    for (const entry of event_list(pr.requested_teams))
        add(entry);
    if (payload.action === 'review_requested') {
        if (payload.requested_reviewer)
            add(payload.requested_reviewer);
        if (payload.requested_team)
            add(payload.requested_team);
    }
    const author = event_record(pr.user).login;
    return {
        author: typeof author === 'string' ? author : undefined,
        reviewers: [...new Set(reviewers)],
        teamReviewers: [...new Set(teams)],
        assignees: [
            ...new Set(event_list(pr.assignees)
                .map((a) => event_record(a).login)
                .filter((l) => typeof l === 'string'))
        ]
    };
}
function event_record(value) {
    return typeof value === 'object' && value !== null ? value : {};
}
function event_list(value) {
    return Array.isArray(value) ? value : [];
}
function pullRequestFrom(repository, number, title, url, people = NOBODY, state = { action: '', open: true, merged: false, labels: [], fromFork: false }) {
    // DocSpace turns `/`, `:` and the like into `_` in titles ("fix: parser" would become "fix_ parser"), so a
    // generated title leaves them out; the tag, not the title, identifies the pull request's room.
    const name = repository.split('/').pop() ?? repository;
    const cleanTitle = title.replace(TITLE_REPLACED_CHARS, ' ').replace(/\s+/g, ' ').trim();
    const roomTitle = cut(`${name} #${number} – ${cleanTitle}`.trim(), MAX_TITLE_LENGTH);
    return {
        repository,
        number,
        title,
        url,
        tag: `pr:${repository}#${number}`,
        roomTitle,
        description: `Pull request ${repository}#${number}: ${title.trim()}\n${url}\n`,
        ...people,
        ...state
    };
}
/** Cuts to `max` UTF-16 units (DocSpace's measure) without splitting a surrogate pair, marking the cut. */
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1)))
        end--;
    return `${text.slice(0, end)}…`;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./src/report/github-limits.ts


/**
 * GitHub caps a job's outputs at 1 MB together, "approximated based on UTF-16 encoding" (docs:
 * reusables/actions/output-limitations.md, github/docs#36846); the service refuses more with "Job outputs exceed
 * 1,048,576 bytes", and the runner's expression engine counts a string as 2 bytes a UTF-16 code unit
 * (actions/runner src/Sdk/DTExpressions2/Expressions2/Sdk/MemoryCounter.cs). A step cannot know what the job's
 * other steps set, so the action keeps all of its outputs together under 1,000,000 bytes by the larger of the
 * UTF-16 and UTF-8 counts, less a tenth for the rest of the job.
 */
const OUTPUTS_BUDGET_BYTES = 900_000;
/**
 * The runner uploads no step summary larger than 1 MiB: it checks the size of the file in bytes and, above
 * 1,048,576, reports "$GITHUB_STEP_SUMMARY upload aborted" and drops all of it (actions/runner
 * src/Runner.Worker/FileCommandManager.cs, CreateStepSummaryCommand). The action stays under 1,000,000.
 */
const SUMMARY_LIMIT_BYTES = 1_000_000;
/** The size of an output as GitHub counts it: its name and value, by the larger of UTF-16 and UTF-8. */
function outputBytes(name, value) {
    return Math.max(2 * (name.length + value.length), external_node_buffer_.Buffer.byteLength(name) + external_node_buffer_.Buffer.byteLength(value));
}
function summaryBytes(text) {
    return external_node_buffer_.Buffer.byteLength(text);
}
/**
 * The longest prefix of `items` whose JSON array, as `render` writes it, fits in `budget` bytes (outputBytes of
 * `name`). Sizes are added up item by item and the result is measured once more, since `render` may change the
 * text (redaction).
 */
function fitJsonArray(name, items, budget, render) {
    let units = name.length + 2;
    let utf8 = external_node_buffer_.Buffer.byteLength(name) + 2;
    let kept = 0;
    for (const item of items) {
        const json = JSON.stringify(item);
        const comma = kept > 0 ? 1 : 0;
        if (Math.max(2 * (units + json.length + comma), utf8 + external_node_buffer_.Buffer.byteLength(json) + comma) > budget)
            break;
        units += json.length + comma;
        utf8 += external_node_buffer_.Buffer.byteLength(json) + comma;
        kept++;
    }
    for (;;) {
        const value = render(items.slice(0, kept));
        const size = outputBytes(name, value);
        if (size <= budget || kept === 0)
            return { value, kept };
        kept = Math.min(kept - 1, Math.floor((kept * budget) / size));
    }
}
/** What the step's summary file can still take: the runner drops a summary file over its limit whole. */
async function summaryBudget() {
    const written = await (0,external_node_fs_promises_namespaceObject.stat)(process.env.GITHUB_STEP_SUMMARY).then((file) => file.size, () => 0);
    return SUMMARY_LIMIT_BYTES - written;
}
/** `render(most)` when it fits in `budget` bytes, else `render(n)` for the largest n that fits, else undefined. */
function largestFitting(most, budget, render) {
    const whole = render(most);
    if (summaryBytes(whole) <= budget)
        return whole;
    let fits;
    let low = 0;
    let high = most - 1;
    while (low <= high) {
        const mid = Math.floor((low + high) / 2);
        const text = render(mid);
        if (summaryBytes(text) <= budget) {
            fits = text;
            low = mid + 1;
        }
        else
            high = mid - 1;
    }
    return fits;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts









/**
 * Sets the step's outputs, all of them together within GitHub's limit. The small ones a workflow branches on come
 * first; `rooms` gets what is left and holds as many rooms as fit, while `rooms-file` names a JSON file with all
 * of them. An output that does not fit at all (only a hostile portal makes a room that large) is left unset.
 */
async function setOutputs(config, outcome, listed, warn = log.warning) {
    const { room } = outcome;
    const outputs = [['result', outcome.result]];
    if (outcome.resolved)
        outputs.push(['operation', outcome.resolved]);
    if (room) {
        outputs.push(['room-id', String(room.id)], ['room-url', roomUrl(config.portalUrl, room.id)], ['room-title', room.title], ['room', JSON.stringify(room)]);
    }
    if (outcome.commentUrl)
        outputs.push(['comment-url', outcome.commentUrl]);
    if (outcome.externalLink !== undefined)
        outputs.push(['external-link', outcome.externalLink]);
    const roomsFile = listed && (await writeJsonFile('rooms', listed));
    const filesFile = outcome.files && (await writeJsonFile('files', outcome.files));
    if (filesFile)
        outputs.push(['files-file', filesFile]);
    if (listed)
        outputs.push(['count', String(listed.length)], ['rooms-file', roomsFile]);
    let left = OUTPUTS_BUDGET_BYTES;
    for (const [name, raw] of outputs) {
        const value = redact(raw);
        const size = outputBytes(name, value);
        if (size > left) {
            warn(`The ${name} output is left empty: its ${size} bytes would pass GitHub's 1 MB limit on outputs`);
            continue;
        }
        setOutput(name, value);
        left -= size;
    }
    if (outcome.members)
        left -= setListOutput('members', outcome.members, left, warn);
    if (outcome.files) {
        left -= setListOutput('files', outcome.files, left, warn, `All ${outcome.files.length} are in ${filesFile}, the file the files-file output names.`);
    }
    if (!listed)
        return;
    setListOutput('rooms', listed, left, warn, `All ${listed.length} are in ${roomsFile}, the file the rooms-file output names.`);
}
/** A JSON array output holding as many items as fit in `left` bytes, with a warning when some are left out. */
function setListOutput(name, items, left, warn, whereTheRestAre = '') {
    const { value, kept } = fitJsonArray(name, items, left, (some) => redact(JSON.stringify(some)));
    setOutput(name, value);
    if (kept < items.length) {
        warn(`The ${name} output holds the first ${kept} of ${items.length} ${name}: all of them would pass GitHub's 1 MB ` +
            `limit on outputs${whereTheRestAre ? `. ${whereTheRestAre}` : ''}`);
    }
    return outputBytes(name, value);
}
/** The whole list as JSON in the runner's temporary directory, which the runner empties after the job. */
async function writeJsonFile(what, list) {
    const path = (0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), `docspace-${what}-${(0,external_node_crypto_.randomUUID)()}.json`);
    await (0,external_node_fs_promises_namespaceObject.writeFile)(path, redact(JSON.stringify(list)), { flag: 'wx' });
    return path;
}

;// CONCATENATED MODULE: ./src/report/facts.ts
// What a report is made from: the rooms as the outputs list them, and the facts the summary renders.


function compactRoom(portalUrl, room) {
    return {
        id: room.id,
        title: room.title,
        type: ROOM_TYPES.find((t) => t.value === room.roomType)?.name ?? room.roomType,
        tags: room.tags ?? [],
        created: room.created,
        updated: room.updated,
        archived: isArchived(room),
        url: roomUrl(portalUrl, room.id)
    };
}
/** Rows in the rooms' table; the summary file is capped at 1 MiB and a person reads the first ones. */
const SUMMARY_ROWS = 100;

;// CONCATENATED MODULE: ./src/report/summary-words.ts


/** What a step with if-missing: skip looked for, in the words of its inputs. */
function lookedFor(config) {
    const selector = config.target;
    const tags = (list) => list.map((t) => `<code>${summaryText(t)}</code>`).join(', ');
    switch (selector?.by) {
        case 'id':
            return `with ID ${summaryText(String(selector.id))}`;
        case 'title':
            return `titled <em>${summaryText(selector.title)}</em>${selector.tags.length ? ` with the tags ${tags(selector.tags)}` : ''}`;
        case 'tags':
            return `with the tag${selector.tags.length === 1 ? '' : 's'} ${tags(selector.tags)}`;
        case 'pull-request':
            return `for pull request ${pullRequestLink(config)} (tag ${tags([selector.pullRequest.tag])})`;
        default:
            return '';
    }
}
function summary_words_pullRequestOf(facts, room) {
    const pr = facts.config.pullRequest;
    return pr !== undefined && room.tags.includes(pr.tag);
}
function pullRequestLink(config, withTitle = false) {
    const pr = config.pullRequest;
    // A payload without the pull request's address still names it.
    const link = pr.url ? summaryLink(pr.url, `#${pr.number}`) : `#${pr.number}`;
    return withTitle ? `${summaryText(pr.repository)} ${link}: ${summaryText(pr.title)}` : link;
}
function filtered(config) {
    const { filters } = config;
    return filters.search !== undefined || filters.tags.length > 0 || filters.roomType !== undefined;
}
// ---- dates as people read them ----
/** "3 days ago (2026-11-24 03:35 UTC)". */
function dateWithAge(date, now) {
    if (date === undefined)
        return undefined;
    const at = Date.parse(date);
    if (Number.isNaN(at))
        return summaryText(date);
    return `${summaryText(ago(now - at))} (${summaryText(utcDate(at))})`;
}
function utcDay(date) {
    const at = Date.parse(date);
    return Number.isNaN(at) ? date : new Date(at).toISOString().slice(0, 10);
}
function days(n) {
    return `${n} day${n === 1 ? '' : 's'}`;
}
function summary_words_count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/report/headlines.ts



// ---- the sentence of what happened ----
function headline(facts) {
    const { config, outcome, room } = facts;
    if (room)
        return roomHeadline(facts, room);
    if (outcome.result === 'not-found') {
        return `No room found ${lookedFor(config)}; nothing was changed (if-missing: skip).`;
    }
    const n = facts.listed?.length ?? 0;
    if (config.operation === 'list') {
        const area = config.filters.area === 'any' ? 'active or archived' : config.filters.area;
        return `Found ${n === 0 ? 'no' : n} ${area} room${n === 1 ? '' : 's'}${filtered(config) ? ' matching the filters' : ''}.`;
    }
    if (config.operation === 'archive-stale')
        return staleHeadline(facts, n);
    return `Result: <b>${summaryText(outcome.result)}</b>.`;
}
function roomHeadline(facts, room) {
    const { config, outcome } = facts;
    const link = summaryLink(room.url, room.title);
    const forPullRequest = summary_words_pullRequestOf(facts, room) ? ` for pull request ${pullRequestLink(config)}` : '';
    const background = 'DocSpace finishes it in the background; the step did not wait for it (wait: false).';
    const changes = outcome.memberChanges ?? [];
    const invited = changes.filter((c) => c.was === undefined && c.access !== undefined).length;
    const sharing = changes.length > 0 ? ` ${capitalized(changesCounted(changes))}.` : '';
    // A reused pull request's room follows the pull request's title (create.ts, followPullRequestTitle).
    const followed = outcome.previousTitle === undefined
        ? ''
        : ` It was renamed from <em>${summaryText(outcome.previousTitle)}</em> to follow the pull request's title.`;
    const files = outcome.files ? ` ${filesSentence(outcome.files)}.` : '';
    const dry = config.dryRun ? '; nothing was changed (dry run)' : '';
    if (config.operation === 'upload')
        return `${filesSentence(outcome.files ?? [])} in room ${link}${dry}.`;
    if (config.operation === 'download')
        return `${filesSentence(outcome.files ?? [])} from room ${link}.`;
    switch (outcome.result) {
        case 'created':
            return `Created room ${link}${forPullRequest}${invited > 0 ? `, with ${summary_words_count(invited, 'member')} invited` : ''}.${files}`;
        case 'found':
            return config.operation === 'create' || config.operation === 'pull-request'
                ? `Reused room ${link}${forPullRequest}: it already existed, so no room was created (if-exists: reuse).${followed}${finished(facts)}${sharing}${files}`
                : `Found room ${link}; nothing was changed.`;
        case 'updated':
            return updatedHeadline(facts, link);
        case 'shared':
            return `Shared room ${link}: ${changesCounted(changes)}.`;
        case 'unchanged':
            return config.sharing.members.length > 0
                ? `The members of room ${link} already had the access asked for; nothing was changed.`
                : `Room ${link}: its external link is below.`;
        case 'listed':
            return `Room ${link} has ${summary_words_count(outcome.members?.length ?? 0, 'member')}, its owner included.`;
        case 'renamed':
            return outcome.previousTitle === undefined
                ? `Renamed room ${summaryText(String(room.id))} to ${link}.`
                : `Renamed room <em>${summaryText(outcome.previousTitle)}</em> to ${link}.`;
        case 'unarchived':
            return config.operation === 'create' || config.operation === 'pull-request'
                ? `Restored room ${link}${forPullRequest} from the archive: the room had been archived (as when the pull request closed), so it was brought back rather than a new one created.${followed}${finished(facts)}${sharing}${files}`
                : `Restored room ${link} from the archive.`;
        case 'archived':
            return `Archived room ${link}.`;
        case 'already-archived':
            return `Room ${link} was already archived; nothing was changed.`;
        case 'already-active':
            return `Room ${link} was already active; nothing was changed.`;
        case 'archive-started':
            return `Started archiving room ${link}. ${background}`;
        case 'unarchive-started':
            return `Started restoring room ${link} from the archive. ${background}`;
        case 'deleted':
            return `Deleted room <em>${summaryText(room.title)}</em> permanently.`;
        case 'delete-started':
            return `Started deleting room <em>${summaryText(room.title)}</em> permanently. ${background}`;
        default:
            return `Result: <b>${summaryText(outcome.result)}</b>, room ${link}.`;
    }
}
/** "Updated room X: quota 2 GB, tags +docs −draft, pinned." */
function updatedHeadline(facts, link) {
    if (!facts.outcome.updated)
        return `Updated room ${link}.`;
    const parts = changedParts(facts);
    return parts.length === 0
        ? `Room ${link} already had the tags and pin asked for; nothing was changed.`
        : `Updated room ${link}: ${parts.join(', ')}.`;
}
/** What a reused room lacked of the settings, logo and tags given, and got (create.ts, finishReusedRoom). */
function finished(facts) {
    const parts = facts.outcome.updated ? changedParts(facts) : [];
    return parts.length === 0 ? '' : ` It lacked some of what the step asks for, which it now has: ${parts.join(', ')}.`;
}
/** "quota 2 GB", "new logo", "tags +docs −draft": what outcome.updated says was changed. */
function changedParts(facts) {
    const { config, outcome } = facts;
    const u = outcome.updated;
    const { settings } = config;
    const parts = [];
    // The title first: the link beside it shows the new one.
    const fields = [...u.fields].sort((x, y) => Number(y === 'title') - Number(x === 'title'));
    for (const field of fields) {
        switch (field) {
            case 'title':
                parts.push(outcome.previousTitle === undefined ? 'title' : `title (was <em>${summaryText(outcome.previousTitle)}</em>)`);
                break;
            case 'quota':
                parts.push(`quota ${quotaText(settings.quota)}`);
                break;
            case 'file-lifetime':
                parts.push(lifetimeText(settings.lifetime));
                break;
            case 'deny-download':
                parts.push(`downloads ${settings.denyDownload ? 'denied' : 'allowed'}`);
                break;
            case 'indexing':
                parts.push(`indexing ${settings.indexing ? 'on' : 'off'}`);
                break;
            case 'color':
                parts.push(`colour #${summaryText(settings.color)}`);
                break;
            default:
                parts.push(summaryText(field));
        }
    }
    if (u.logo)
        parts.push('new logo');
    const tags = [
        ...u.addedTags.map((t) => `<code>+${summaryText(t)}</code>`),
        ...u.removedTags.map((t) => `<code>−${summaryText(t)}</code>`)
    ];
    if (tags.length)
        parts.push(`tag${tags.length === 1 ? '' : 's'} ${tags.join(' ')}`);
    if (u.pinned !== undefined)
        parts.push(u.pinned ? 'pinned' : 'unpinned');
    return parts;
}
const headlines_UNITS = [
    [1024 ** 4, 'TB'],
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB']
];
/** Bytes as the quota input takes them ("2 GB"), -1 and -2 as their words. */
function quotaText(bytes) {
    if (bytes === -1)
        return 'unlimited';
    if (bytes === -2)
        return "the portal's default";
    const [size, unit] = headlines_UNITS.find(([size]) => bytes >= size) ?? [1, 'bytes'];
    return `${Number((bytes / size).toFixed(2))} ${unit}`;
}
function lifetimeText(lifetime) {
    if (lifetime === 'off')
        return 'file lifetime off';
    const period = ['day', 'month', 'year'][lifetime.period];
    const then = lifetime.deletePermanently ? 'then deleted permanently' : 'then moved to the trash';
    return `file lifetime ${summary_words_count(lifetime.value, period)}, ${then}`;
}
/** "invited 2 people, changed the access of 1, removed 1". */
function changesCounted(changes) {
    const invited = changes.filter((c) => c.was === undefined).length;
    const removed = changes.filter((c) => c.access === undefined).length;
    const changed = changes.length - invited - removed;
    return [
        invited > 0 ? `invited ${invited === 1 ? '1 person' : `${invited} people`}` : '',
        changed > 0 ? `changed the access of ${changed}` : '',
        removed > 0 ? `removed ${removed}` : ''
    ]
        .filter(Boolean)
        .join(', ');
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function staleHeadline(facts, n) {
    const { config, outcome } = facts;
    const stale = outcome.stale;
    const total = stale?.stale ?? n;
    const of = total > n ? ` of ${total}` : '';
    const rooms = (k) => `${k} stale room${k === 1 ? '' : 's'}`;
    if (total === 0) {
        const examined = stale?.examined ?? 0;
        const where = filtered(config) ? ' matching the filters' : '';
        return examined === 0
            ? `No room is stale: there is no active room${where}. Nothing was changed.`
            : `No room is stale: ${examined === 1 ? 'the one active room' : `all ${examined} active rooms`}${where} ${examined === 1 ? 'was' : 'were'} updated in the last ${days(config.staleDays)}. Nothing was changed.`;
    }
    const failed = outcome.failures?.length ?? 0;
    const failedText = failed > 0 ? ` ${summary_words_count(failed, 'room')} could not be archived.` : '';
    switch (outcome.result) {
        case 'dry-run':
            return `Would archive ${of ? `${n}${of} stale rooms` : rooms(n)}; nothing was changed (dry run).`;
        case 'archive-started':
            return `Started archiving ${of ? `${n}${of} stale rooms` : rooms(n)}; DocSpace finishes it in the background (wait: false).${failedText}`;
        default:
            return `Archived ${of ? `${n}${of} stale rooms` : rooms(n)}.${failedText}`;
    }
}

;// CONCATENATED MODULE: ./src/report/summary-rows.ts



// ---- the key/value rows ----
function roomRows(facts, room) {
    const { config, outcome, now } = facts;
    const gone = outcome.result === 'deleted';
    return [
        ['Room', gone ? summaryText(room.title) : summaryLink(room.url, room.title)],
        ['Previous title', outcome.previousTitle === undefined ? undefined : summaryText(outcome.previousTitle)],
        ['ID', summaryText(String(room.id))],
        ['Type', room.type === undefined ? undefined : summaryText(String(room.type))],
        ['Tags', room.tags.length ? room.tags.map((t) => `<code>${summaryText(t)}</code>`).join(' ') : undefined],
        ['State', gone ? 'deleted' : (IN_PROGRESS[outcome.result] ?? (room.archived ? 'archived' : 'active'))],
        ['Pull request', summary_words_pullRequestOf(facts, room) ? pullRequestLink(config, true) : undefined],
        ['Pull request comment', outcome.commentUrl ? summaryLink(outcome.commentUrl, 'on the pull request') : undefined],
        ['Members', outcome.members?.length ? membersText(outcome.members) : undefined],
        // A new room's changes are all invitations, which Members shows.
        [
            'Member changes',
            outcome.memberChanges?.length && outcome.result !== 'created' ? changesText(outcome.memberChanges) : undefined
        ],
        ['External link', outcome.externalLink ? summaryLink(outcome.externalLink, outcome.externalLink) : undefined],
        ['Created', dateWithAge(room.created, now)],
        ['Last updated', dateWithAge(room.updated, now)],
        ['Result', `<code>${summaryText(outcome.result)}</code>`]
    ];
}
/** A room whose change DocSpace had started, not finished, when the step ended (wait: false). */
const IN_PROGRESS = {
    'archive-started': 'being archived',
    'unarchive-started': 'being restored from the archive',
    'delete-started': 'being deleted'
};
/** Members shown in the summary; the members output has them all. */
const summary_rows_MEMBERS_SHOWN = 20;
/** "Ana Lopez (editor), Bo Chen (viewer)": names and access, never an e-mail address (a public repository's
 * summary is public). */
function membersText(members) {
    const shown = members
        .slice(0, summary_rows_MEMBERS_SHOWN)
        .map((m) => `${summaryText(personName(m.name))} (${summaryText(m.access.replace(/-/g, ' '))})`);
    const more = members.length - shown.length;
    return `${shown.join(', ')}${more > 0 ? `, and ${more} more (see the members output)` : ''}`;
}
/** "Ana Lopez invited as editor, Bo Chen viewer → editor, Cy removed (was editor)". */
function changesText(changes) {
    const shown = changes.slice(0, summary_rows_MEMBERS_SHOWN).map((c) => {
        const name = summaryText(personName(c.name));
        const access = (a) => summaryText(a.replace(/-/g, ' '));
        if (c.access === undefined)
            return `${name} removed (was ${access(c.was ?? 'a member')})`;
        if (c.was === undefined)
            return `${name} invited as ${access(c.access)}`;
        return `${name}: ${access(c.was)} → ${access(c.access)}`;
    });
    const more = changes.length - shown.length;
    return `${shown.join(', ')}${more > 0 ? `, and ${more} more (see the log)` : ''}`;
}
/** A step that found no room and skipped (if-missing: skip): what it looked for. */
function notFoundRows(facts) {
    const { config, outcome } = facts;
    return [
        ['Looked for', `a room ${lookedFor(config)}, active or archived`],
        ['Pull request', config.target?.by === 'pull-request' ? pullRequestLink(config, true) : undefined],
        ['Result', `<code>${summaryText(outcome.result)}</code>`]
    ];
}
function listRows(facts) {
    const { config, outcome } = facts;
    const { filters } = config;
    const rows = [];
    if (config.operation === 'archive-stale' && config.staleDays !== undefined) {
        const cutoff = outcome.stale ? ` (last updated before ${utcDate(outcome.stale.cutoff)})` : '';
        rows.push(['Stale after', `${days(config.staleDays)} without an update${cutoff}`]);
        if (outcome.stale)
            rows.push(['Stale rooms', staleCount(facts)]);
        if (outcome.spared?.length)
            rows.push(['Spared', sparedText(outcome.spared)]);
    }
    else {
        rows.push(['Area', filters.area === 'any' ? 'active and archived rooms' : `${filters.area} rooms`]);
    }
    rows.push(['Search', filters.search === undefined ? undefined : `title contains “${summaryText(filters.search)}”`], ['Tags', filters.tags.length ? filters.tags.map((t) => `<code>${summaryText(t)}</code>`).join(' ') : undefined], ['Room type', filters.roomType ? summaryText(filters.roomType.name) : undefined], ['Result', `<code>${summaryText(outcome.result)}</code>`]);
    return rows;
}
/** "30 of 120 active rooms; this run handled the oldest 5 (max-rooms), the other 25 wait for the next run." */
function staleCount(facts) {
    const { stale, examined, handled } = facts.outcome.stale;
    const line = `${stale} of ${summary_words_count(examined, 'active room')}`;
    const left = stale - sparedCount(facts.outcome.spared) - handled;
    if (left <= 0)
        return line;
    const verb = facts.config.dryRun ? 'would handle' : 'handled';
    return `${line}; this run ${verb} the oldest ${handled} (max-rooms: ${facts.config.maxRooms}), the other ${left} wait for the next run`;
}
/** "2 (exclude-tags), kept active although stale" */
function sparedText(spared) {
    return `${spared.map((s) => `${s.count} (${summaryText(s.reason)})`).join(', ')}, kept active although stale`;
}
function sparedCount(spared) {
    return (spared ?? []).reduce((n, s) => n + s.count, 0);
}

;// CONCATENATED MODULE: ./src/report/summary.ts









// The job summary: a heading, one sentence of what happened, a callout when something failed, a key/value
// table of the room (or of the filters), the rooms' table, and the step's warnings. It is GFM into which the
// action writes HTML blocks, separated by blank lines, and GitHub's alert blockquotes (`> [!CAUTION]`), whose
// one content line always starts with the action's own `<b>` so that no outside text starts a Markdown block
// there. Every piece of outside text goes through safe-text's summary functions.
/**
 * Writes the summary whole when it fits in what GitHub takes; otherwise with as many table rows and failures as
 * fit, and at worst only the heading and result.
 */
async function writeSummary(facts) {
    const budget = await summaryBudget();
    const most = Math.max(SUMMARY_ROWS, facts.outcome.failures?.length ?? 0);
    const text = largestFitting(most, budget, (shown) => renderSummary(facts, shown)) ??
        redact(summary_document([
            heading(facts.config.operation),
            `<p>Result: <b>${summaryText(facts.outcome.result)}</b>. ${TOO_LARGE}</p>`
        ]));
    await summary.emptyBuffer().addRaw(text).write();
}
/** A failed step's summary: what was tried and the error, so a scheduled run's failure reads at a glance. */
async function writeFailureSummary(facts) {
    const budget = await summaryBudget();
    // Every character takes at least a byte, so no more than `budget` of them can fit.
    const text = largestFitting(Math.min(facts.message.length, budget), budget, (length) => renderFailure({ ...facts, message: clipSafely(facts.message, length) })) ?? redact(summary_document([heading(facts.operation), `<p><b>The step failed.</b> ${TOO_LARGE}</p>`]));
    await summary.emptyBuffer().addRaw(text).write();
}
const TOO_LARGE = "The rest of this summary would pass GitHub's 1 MiB limit on a step's summary; see the step's log.";
/** The summary with at most `shown` table rows and failures. */
function renderSummary(facts, shown = SUMMARY_ROWS) {
    const { config, outcome, listed } = facts;
    const blocks = [heading(config.operation), `<p>${headline(facts)}</p>`];
    if (outcome.failures?.length) {
        const failures = outcome.failures.slice(0, shown);
        const more = outcome.failures.length - failures.length;
        blocks.push(callout('CAUTION', outcome.files
            ? `${summary_words_count(outcome.failures.length, 'file')} could not be ${config.operation === 'download' ? 'downloaded' : 'uploaded'}:`
            : `${summary_words_count(outcome.failures.length, 'room')} could not be ${config.operation === 'archive-stale' ? 'archived' : 'handled'}:`, [...failures.map(summaryLines), ...(more > 0 ? [`… and ${more} more (see the log).`] : [])]));
    }
    if (facts.error) {
        const [what, cause] = splitCause(facts.error);
        const lines = [summaryLines(what)];
        if (cause)
            lines.push(`<b>Likely cause:</b> ${summaryLines(cause)}`);
        blocks.push(callout('CAUTION', 'The step failed:', lines));
    }
    blocks.push(keyValueTable(facts.room ? roomRows(facts, facts.room) : outcome.result === 'not-found' ? notFoundRows(facts) : listRows(facts)));
    if (listed && listed.length > 0) {
        const rows = Math.min(SUMMARY_ROWS, shown);
        blocks.push(roomsTable(listed.slice(0, rows), facts.now));
        if (listed.length > rows)
            blocks.push(`<p>… and ${listed.length - rows} more (see the rooms-file output).</p>`);
    }
    if (outcome.files && outcome.files.length > 0) {
        const rows = Math.min(SUMMARY_ROWS, shown);
        blocks.push(filesTable(outcome.files.slice(0, rows)));
        if (outcome.files.length > rows) {
            blocks.push(`<p>… and ${outcome.files.length - rows} more (see the files-file output).</p>`);
        }
    }
    if (facts.warnings.length > 0)
        blocks.push(warningsCallout(facts.warnings));
    return redact(summary_document(blocks));
}
/** The files of an upload or download, changed ones first (as the outcome orders them). A column that carries
 * nothing in this run is left out. */
function filesTable(files) {
    const columns = [
        ['File', (f) => (f.url ? summaryLink(f.url, f.path) : summaryText(f.path))],
        ['Result', (f) => summaryText(f.result.replace(/-/g, ' '))],
        ['Version', (f) => (f.version === undefined ? '' : summaryText(String(f.version)))]
    ];
    const shown = columns.filter(([, cell], i) => i < 2 || files.some((f) => cell(f) !== ''));
    return `<table><tr>${shown.map(([h]) => `<th>${h}</th>`).join('')}</tr>${files
        .map((f) => `<tr>${shown.map(([, cell]) => `<td>${cell(f)}</td>`).join('')}</tr>`)
        .join('')}</table>`;
}
/** The summary of a failed step, the likely cause on a line of its own. */
function renderFailure(facts) {
    const said = facts.inputError
        ? 'The step stopped before sending anything to DocSpace: an input is missing or not valid.'
        : 'The step failed.';
    const [what, cause] = splitCause(facts.message);
    const lines = [summaryLines(what)];
    if (cause)
        lines.push(`<b>Likely cause:</b> ${summaryLines(cause)}`);
    const blocks = [heading(facts.operation), `<p>${said}</p>`, callout('CAUTION', 'Error:', lines)];
    if (facts.warnings.length > 0)
        blocks.push(warningsCallout(facts.warnings));
    return redact(summary_document(blocks));
}
function summary_document(blocks) {
    return `${blocks.filter(Boolean).join('\n\n')}\n\n`;
}
function heading(operation) {
    return `<h3>DocSpace rooms${operation ? `: ${summaryText(operation)}` : ''}</h3>`;
}
/** The error and its likely cause, which DocSpaceError writes as a sentence of its own. */
function splitCause(message) {
    const at = message.indexOf('Likely cause: ');
    if (at < 0)
        return [message, undefined];
    return [message.slice(0, at).trimEnd(), message.slice(at + 'Likely cause: '.length)];
}
/** GitHub's alert: a blockquote whose first line names its kind. Its one line of content starts with `<b>`. */
function callout(kind, title, lines) {
    return `> [!${kind}]\n> <b>${title}</b><br>${lines.join('<br>')}`;
}
function warningsCallout(warnings) {
    const title = warnings.length === 1 ? 'The step warned:' : `The step warned ${warnings.length} times:`;
    return callout('WARNING', title, warnings.map(summaryLines));
}
/** A table of labelled values, one a row, without the rows that have no value. */
function keyValueTable(rows) {
    const shown = rows.filter((row) => row[1] !== undefined && row[1] !== '');
    if (shown.length === 0)
        return '';
    return `<table>${shown.map(([label, html]) => `<tr><th align="left">${label}</th><td>${html}</td></tr>`).join('')}</table>`;
}
// ---- the rooms' table ----
function roomsTable(rooms, now) {
    const header = ['Room', 'ID', 'Type', 'Tags', 'State', 'Last updated', 'Idle'];
    const rows = rooms.map((r) => [
        summaryLink(r.url, r.title),
        summaryText(String(r.id)),
        summaryText(String(r.type ?? '')),
        r.tags.map((t) => `<code>${summaryText(t)}</code>`).join(' '),
        r.archived ? 'archived' : 'active',
        r.updated === undefined
            ? ''
            : `<span title="${summaryText(utcDate(Date.parse(r.updated), true))}">${summaryText(utcDay(r.updated))}</span>`,
        r.updated === undefined ? '' : summaryText(idle(now - Date.parse(r.updated)))
    ]);
    // A column that carries nothing in this run (no room has tags, say) is left out.
    const shown = header.map((_, i) => i === 0 || rows.some((cells) => cells[i] !== ''));
    const pick = (cells) => cells.filter((_, i) => shown[i]);
    return `<table><tr>${pick(header)
        .map((h) => `<th>${h}</th>`)
        .join('')}</tr>${rows
        .map((cells) => `<tr>${pick(cells)
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr>`)
        .join('')}</table>`;
}

;// CONCATENATED MODULE: ./src/report/report.ts




/** Sets the step's outputs and writes the job summary. */
async function report(config, outcome, extras = {}) {
    const warnings = extras.warnings ?? [];
    const listed = outcome.rooms?.map((r) => compactRoom(config.portalUrl, r));
    await setOutputs(config, outcome, listed, (text) => {
        warnings.push(text);
        log.warning(text);
    });
    // Outside a runner (or with summaries disabled) there is no file to write to.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await writeSummary({
        config,
        outcome,
        room: outcome.room && compactRoom(config.portalUrl, outcome.room),
        listed,
        warnings,
        error: extras.error,
        now: extras.now ?? Date.now()
    });
}
/** A failed step's summary: what was tried and the error, so a scheduled run's failure reads at a glance. */
async function reportFailure(operation, message, extras = {}) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await writeFailureSummary({
        operation,
        message,
        inputError: extras.inputError ?? false,
        warnings: extras.warnings ?? []
    });
}

;// CONCATENATED MODULE: ./src/main.ts











/** Wires inputs to an operation to outputs. The only place that catches errors and fails the step. */
async function run() {
    let client;
    let operation;
    let reported = false;
    // Every warning goes to the log at once and to the summary at the end.
    const warnings = [];
    const warn = (text) => {
        warnings.push(text);
        log.warning(text);
    };
    try {
        const config = readInputs(undefined, await readPullRequest());
        operation = config.operation;
        for (const warning of config.warnings)
            warn(warning);
        const deadline = new Deadline(config.timeoutMs);
        const github = startGitHubWork(config, deadline, { info: log.info, debug: log.debug, warn });
        for (const notice of config.notices)
            log.notice(notice);
        client = new DocSpaceClient({
            portalUrl: config.portalUrl,
            apiKey: config.apiKey,
            deadline,
            requestTimeoutMs: config.requestTimeoutMs,
            maxRetries: config.maxRetries,
            writeConcurrency: config.concurrency,
            debug: log.debug,
            info: log.info
        });
        const ctx = {
            client,
            config,
            log: log.info,
            warn,
            notice: log.notice,
            group: log.group,
            now: Date.now,
            openPullRequests: github.openPullRequests,
            roomSettled: github.roomSettled
        };
        const outcome = await withContext(`Could not ${main_describe(config)}`, () => runOperation(ctx));
        const commentError = await github.finish(outcome);
        await report(config, outcome, {
            warnings,
            now: ctx.now(),
            error: commentError && redact(commentError.message)
        });
        reported = true;
        if (commentError)
            throw commentError;
        if (outcome.failures?.length) {
            throw new Error(`${outcome.failures.length} ${outcome.files ? 'file' : 'room'}${outcome.failures.length === 1 ? '' : 's'} failed:\n${outcome.failures.map(oneLine).join('\n')}`);
        }
    }
    catch (error) {
        const message = redact(error instanceof Error ? error.message : String(error));
        log.fail(message);
        // The summary of a run that reported its rooms already lists what failed.
        if (!reported) {
            await reportFailure(operation ?? requestedOperation(), message, {
                inputError: error instanceof InputError,
                warnings
            }).catch(() => undefined);
        }
    }
    finally {
        client?.dispose();
    }
}
function main_describe(config) {
    switch (config.operation) {
        case 'create':
            return `create room "${config.title}"`;
        case 'list':
            return 'list rooms';
        case 'archive-stale':
            return 'archive stale rooms';
        case 'members':
            return `list the members of ${describeSelector(config.target)}`;
        case 'pull-request':
            return `keep the room of pull request #${config.pullRequest?.number ?? '?'}`;
        case 'upload':
            return `upload to ${describeSelector(config.target)}`;
        case 'download':
            return `download from ${describeSelector(config.target)}`;
        default:
            return `${config.operation} ${describeSelector(config.target)}`;
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
