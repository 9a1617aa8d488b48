export default function Rate() {
  return <h1>rate</h1>;
}
