// expect: queue-full
// limits: max_queued_messages=1000
// Nobody reads: the 1001st message throws ERR_QUEUE_FULL.
for (let i = 0; ; i++) postMessage('flood ' + i);
