// name: said_about
// description: Who said what about the place.
// params: place
MATCH (x:Entity {name: $place})<-[a:ABOUT]-(c:Claim)<-[s:STATED]-(who) RETURN x, a, c, s, who
