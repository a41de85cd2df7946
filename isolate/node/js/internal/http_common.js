// node:internal/http_common: what node:http and node:https share: Node's
// METHODS and STATUS_CODES tables and the header validators (pure
// functions, so they work although HTTP itself is not granted).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { codedError } = require('node:internal/errors');

  exports.METHODS = ["ACL","BIND","CHECKOUT","CONNECT","COPY","DELETE","GET","HEAD","LINK","LOCK","M-SEARCH","MERGE","MKACTIVITY","MKCALENDAR","MKCOL","MOVE","NOTIFY","OPTIONS","PATCH","POST","PROPFIND","PROPPATCH","PURGE","PUT","QUERY","REBIND","REPORT","SEARCH","SOURCE","SUBSCRIBE","TRACE","UNBIND","UNLINK","UNLOCK","UNSUBSCRIBE"];
  exports.STATUS_CODES = {"100":"Continue","101":"Switching Protocols","102":"Processing","103":"Early Hints","200":"OK","201":"Created","202":"Accepted","203":"Non-Authoritative Information","204":"No Content","205":"Reset Content","206":"Partial Content","207":"Multi-Status","208":"Already Reported","226":"IM Used","300":"Multiple Choices","301":"Moved Permanently","302":"Found","303":"See Other","304":"Not Modified","305":"Use Proxy","307":"Temporary Redirect","308":"Permanent Redirect","400":"Bad Request","401":"Unauthorized","402":"Payment Required","403":"Forbidden","404":"Not Found","405":"Method Not Allowed","406":"Not Acceptable","407":"Proxy Authentication Required","408":"Request Timeout","409":"Conflict","410":"Gone","411":"Length Required","412":"Precondition Failed","413":"Payload Too Large","414":"URI Too Long","415":"Unsupported Media Type","416":"Range Not Satisfiable","417":"Expectation Failed","418":"I'm a Teapot","421":"Misdirected Request","422":"Unprocessable Entity","423":"Locked","424":"Failed Dependency","425":"Too Early","426":"Upgrade Required","428":"Precondition Required","429":"Too Many Requests","431":"Request Header Fields Too Large","451":"Unavailable For Legal Reasons","500":"Internal Server Error","501":"Not Implemented","502":"Bad Gateway","503":"Service Unavailable","504":"Gateway Timeout","505":"HTTP Version Not Supported","506":"Variant Also Negotiates","507":"Insufficient Storage","508":"Loop Detected","509":"Bandwidth Limit Exceeded","510":"Not Extended","511":"Network Authentication Required"};

  const token = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  const invalidHeaderChar = /[^\t\x20-\x7e\x80-\xff]/;

  exports.validateHeaderName = function validateHeaderName(name, label) {
    if (typeof name !== 'string' || !name || !token.test(name)) {
      throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN',
                       `${label || 'Header name'} must be a valid HTTP token ["${name}"]`);
    }
  };

  exports.validateHeaderValue = function validateHeaderValue(name, value) {
    if (value === undefined) {
      throw codedError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE',
                       `Invalid value "${value}" for header "${name}"`);
    }
    if (invalidHeaderChar.test(value)) {
      throw codedError(TypeError, 'ERR_INVALID_CHAR',
                       `Invalid character in header content ["${name}"]`);
    }
  };
});
