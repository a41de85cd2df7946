setTimeout(() => { throw new Error('nobody prevents this'); }, 5);
