export default "imp";
