"""Schema step 6: names, phones and notes out of the hashed payloads (store/personal_apart.py).

Released: never edit it; add a new step."""

from pickuppoint.store.personal_apart import move_personal_apart

NUMBER = 6
TITLE = 'names, phones and notes out of the hashed payloads (store/personal_apart.py)'
CHANGE = move_personal_apart
