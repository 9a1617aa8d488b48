export default function Supervisor() {
  return <h1>supervisor</h1>;
}
