onmessage = (e) => {
  postMessage({ echo: e.data, isMessageEvent: e instanceof MessageEvent, type: e.type });
};
