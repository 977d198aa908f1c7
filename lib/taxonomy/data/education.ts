export default `
# Education and training: teaching, curriculum, assessment, special needs.
`;
