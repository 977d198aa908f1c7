export default `
# Hospitality, food and personal care: kitchens, front of house, hotels, beauty.
`;
