throw new Error('unhandled in worker');
