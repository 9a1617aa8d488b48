export default function Officer() {
  return <h1>officer</h1>;
}
