console.log("시작");

setTimeout(() => {
  console.log("타이머 완료");
});

Promise.resolve().then(() => {
  console.log("프로미스 완료");

  Promise.resolve().then(() => {
    console.log("프로미스2 완료");

    Promise.resolve().then(() => {
      console.log("프로미스3 완료");
    });
  });
});

console.log("끝");
