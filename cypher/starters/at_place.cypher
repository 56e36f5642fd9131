// name: at_place
// description: Everything at the place: the events located there.
// params: place
MATCH (p:Place {name: $place})<-[r:AT]-(e:Event) RETURN p, r, e
